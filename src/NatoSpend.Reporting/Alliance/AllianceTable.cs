using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using static System.FormattableString;

namespace NatoSpend.Reporting.Alliance;

/// <summary>Lays an <see cref="AllianceView"/> out as a <see cref="ReportTable"/>, one row per year.</summary>
public static class AllianceTable
{
    /// <summary>The table.</summary>
    /// <param name="view">The allies summed year by year.</param>
    /// <param name="edition">The edition the base comes from.</param>
    /// <param name="rulesId">The rule set's id.</param>
    /// <param name="assumptions">The projections' assumptions: each year is marked projected or extrapolated on the named outlook.</param>
    public static ReportTable Build(AllianceView view, Edition edition, string rulesId, NatoSpend.Domain.Projections.Assumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(edition);
        var columns = new List<ReportColumn>
        {
            new("year", "Year", null, Provenance.Label, 0),
            new("basis", "Basis", "published (NATO's figures), projected (on the outlook) or extrapolated (after its last year)", Provenance.Label),
            new("allies", "Allies", null, Provenance.Label, 0),
            new("total_usd_m", "Total (USD m)", "million USD, current prices and each year's projected exchange rates", Provenance.Derived, 0),
            new("total_usd_2021_m", "Total (USD m, 2021)", "million USD, constant 2021 prices and exchange rates", Provenance.Derived, 0),
            new("europe_canada_usd_m", "Europe+Canada (USD m)", "million USD, current prices", Provenance.Derived, 0),
            new("europe_canada_usd_2021_m", "Europe+Canada (USD m, 2021)", "million USD, constant 2021 prices", Provenance.Derived, 0),
            new("us_usd_m", "US (USD m)", "million USD, current prices", Provenance.Derived, 0),
            new("us_usd_2021_m", "US (USD m, 2021)", "million USD, constant 2021 prices", Provenance.Derived, 0),
            new("us_share_pct", "US share %", "% of the allies' total, USD current", Provenance.Derived, 1),
            new("us_share_2021_pct", "US share % (2021)", "% of the allies' total, USD at constant 2021 prices and exchange rates", Provenance.Derived, 1),
            new("extra_vs_hold_usd_m", "Extra vs hold (USD m)", "million USD, current prices, above every ally's base-year share", Provenance.Derived, 0),
        };
        foreach (var t in view.Thresholds)
        {
            columns.Add(new(Invariant($"at_or_above_{t.Percent:0.##}").Replace('.', '_'), Invariant($"≥{t.Percent:0.##}%"), "allies at or above, shares rounded to 2 decimals as NATO counts", Provenance.Derived, 0));
        }
        columns.Add(new("shape", "Shape", null, Provenance.Label));
        columns.Add(new("rules", "Rules", null, Provenance.Label));
        columns.Add(new("edition", "Edition", null, Provenance.Label));
        columns.Add(new("definition", "Definition", null, Provenance.Label));
        columns.Add(new("prices", "Prices", null, Provenance.Label));
        columns.Add(new("outlook", "Outlook", null, Provenance.Label));
        var rows = view.Years.Select(y =>
        {
            var row = new List<object?>
            {
                y.Year, BasisName(view.Paths[0].Rows[y.Year - view.BaseYear].Basis), y.Allies, M(y.TotalUsd), M(y.TotalUsd2021), M(y.EuropeCanadaUsd), M(y.EuropeCanadaUsd2021), M(y.UnitedStatesUsd), M(y.UnitedStatesUsd2021),
                Math.Round(y.UsSharePct, 2), Math.Round(y.UsSharePct2021, 2), M(y.ExtraVsHoldUsd),
            };
            row.AddRange(y.Counts.Select(c => (object?)c.AtOrAbove));
            row.Add(PathShapes.Name(view.Shape));
            row.Add(rulesId);
            row.Add(edition.Id);
            row.Add(edition.DefinitionLabel);
            row.Add(y.Year == view.BaseYear ? "base year: NATO's published spending, current and 2021 prices" : "derived projection, current prices and 2021 prices");
            row.Add(assumptions.Outlook);
            return (IReadOnlyList<object?>)row;
        }).ToArray();

        var notes = new List<string>();
        var shortOnes = view.Paths.Where(p => !p.ReachesTarget && !p.AlreadyAtTarget && p.Shape != PathShape.Hold).ToArray();
        if (shortOnes.Length > 0)
        {
            notes.Add(Invariant($"{shortOnes.Length} allies do not reach their target by {view.Deadline} on this shape: {string.Join(", ", shortOnes.Select(p => p.Ally.Code.Value))}."));
        }
        var targets = view.Paths.GroupBy(p => p.Target.Percent).OrderByDescending(g => g.Count())
            .Select(g => Invariant($"{g.Key:0.0#}% ({g.Count()} allies)"));
        notes.Add(Invariant($"Every ally on the {PathShapes.Name(view.Shape)} path from its {view.BaseYear} share to its target by {view.Deadline}; targets: {string.Join(", ", targets)}."));
        notes.Add("Europe and Canada = every ally summed but the United States; the US share is the United States over the allies' total (\"reliance on America\"). Derived, not published.");
        notes.Add(edition.SourceLine);
        return new ReportTable(columns, rows, notes);
    }

    // Every path shares the base year and the projections' outlook, so the first path's row says where the year comes from.
    private static string BasisName(NatoSpend.Domain.Projections.ProjectionBasis basis) => basis switch
    {
        NatoSpend.Domain.Projections.ProjectionBasis.Published => "published",
        NatoSpend.Domain.Projections.ProjectionBasis.Outlook => "projected",
        _ => "extrapolated",
    };

    private static decimal M(Money money) => Math.Round(money.Millions, 0);
}
