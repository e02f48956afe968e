using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using static System.FormattableString;

namespace NatoSpend.Reporting.Paths;

/// <summary>Lays required paths out as a <see cref="ReportTable"/>: one row per ally and year, every row labelled.</summary>
public static class PathTable
{
    /// <summary>The keys of the columns that label every row (for CSV and JSON; a table for people shows them once, above).</summary>
    public static IReadOnlyList<string> LabelKeys { get; } = ["shape", "rules", "target", "deadline", "edition", "definition", "prices", "currency_basis", "outlook"];

    /// <summary>The table of one or more paths.</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="edition">The edition the base shares come from.</param>
    /// <param name="rulesId">The rule set's id (or the user's file).</param>
    /// <param name="assumptions">The projections' assumptions: the outlook and the exchange-rate rule named on every row.</param>
    public static ReportTable Build(IReadOnlyList<RequiredPath> paths, Edition edition, string rulesId, Assumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(assumptions);
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label, 0),
            new("basis", "Basis", "published (NATO; estimate where NATO marks it), projected (on the outlook named in the outlook column) or extrapolated (after the outlook's last year, on the stated long-run growth)", Provenance.Label),
            new("share", "Share %", "% of GDP (core); the base year as published, later years derived", Provenance.Derived),
            new("step_pp", "Step pp", "percentage points vs previous year", Provenance.Derived),
            new("real_growth_pct", "Real gr. %", "% real growth of spending vs previous year (GDP deflator)", Provenance.Derived, 1),
            new("currency", "Cur.", null, Provenance.Label),
            new("spending", "Spending (m, nat.)", "million national currency, current prices (the base year as published, then grown with the share and projected nominal GDP)", Provenance.Derived, 0),
            new("spending_usd", "Spending (USD m)", "million USD, current prices, at each year's projected exchange rate (see currency_basis)", Provenance.Derived, 0),
            new("spending_usd_2021", "Spending (USD m, 2021 prices)", "million USD, constant 2021 prices and exchange rates", Provenance.Derived, 0),
            new("extra", "Extra vs hold (m, nat.)", "million national currency, current prices, above the share frozen at the base year", Provenance.Derived, 0),
            new("cumulative_extra", "Cum. extra (m, nat.)", "million national currency, current prices, summed from the year after the base year", Provenance.Derived, 0),
            new("extra_usd", "Extra (USD m)", "million USD, current prices, at each year's projected exchange rate", Provenance.Derived, 0),
            new("cumulative_extra_usd", "Cum. extra (USD m)", "million USD, current prices, at each year's projected exchange rate", Provenance.Derived, 0),
            new("shape", "Shape", null, Provenance.Label),
            new("rules", "Rules", null, Provenance.Label),
            new("target", "Target %", "% of GDP (core)", Provenance.Label),
            new("deadline", "Deadline", null, Provenance.Label, 0),
            new("edition", "Edition", null, Provenance.Label),
            new("definition", "Definition", null, Provenance.Label),
            new("prices", "Prices", null, Provenance.Label),
            new("currency_basis", "Exchange rate", null, Provenance.Label),
            new("outlook", "Outlook", null, Provenance.Label),
        ];
        var rateText = assumptions.RateRuleText;
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var path in paths)
        {
            var estimate = edition.Id;
            foreach (var r in path.Rows)
            {
                rows.Add(
                [
                    path.Ally.Code.Value,
                    r.Year,
                    BasisText(r, assumptions),
                    Math.Round(r.Share.Percent, 4),
                    r.StepPp is { } s ? Math.Round(s, 4) : null,
                    r.RealGrowthPct is { } g ? Math.Round(g, 3) : null,
                    path.Ally.Currency.Code,
                    Math.Round(r.Spending.Millions, 1),
                    Math.Round(r.SpendingUsd.Millions, 1),
                    Math.Round(r.SpendingUsd2021.Millions, 1),
                    Math.Round(r.ExtraVsHold.Millions, 1),
                    Math.Round(r.CumulativeExtra.Millions, 1),
                    Math.Round(r.ExtraVsHoldUsd.Millions, 1),
                    Math.Round(r.CumulativeExtraUsd.Millions, 1),
                    PathShapes.Name(path.Shape),
                    rulesId,
                    path.Target.Percent,
                    path.Deadline,
                    estimate,
                    edition.DefinitionLabel,
                    "current prices; USD also at constant 2021 prices",
                    rateText,
                    assumptions.Outlook,
                ]);
            }
        }
        return new ReportTable(columns, rows, Notes(paths, edition));
    }

    /// <summary>How a row's figures were made: published (with NATO's estimate mark), projected on the outlook, or extrapolated past it.</summary>
    public static string BasisText(PathYear row, Assumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(assumptions);
        return row.Basis switch
        {
            ProjectionBasis.Published => row.Estimate ? "published (estimate)" : "published",
            ProjectionBasis.Outlook => "projected",
            _ => "extrapolated",
        };
    }

    /// <summary>The lines under a path table: what each path does, then the source.</summary>
    public static IReadOnlyList<string> Notes(IReadOnlyList<RequiredPath> paths, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(edition);
        var notes = new List<string>();
        foreach (var path in paths)
        {
            notes.AddRange(path.Notes);
            if (path.ConstantRealGrowthPct is { } g)
            {
                notes.Add(Invariant($"{path.Ally.Name}: constant real growth of spending {g:0.00}% a year lands on {path.Target.Percent:0.00}% in {path.Deadline}."));
            }
        }
        notes.Add(Invariant($"Shares and spending: the base year as published (NATO, edition {edition.Id}); later years are derived paths, not NATO figures. Spending grows from NATO's published base-year spending with the share and projected nominal GDP (NATO's share is of real GDP)."));
        notes.Add(edition.SourceLine);
        return notes;
    }
}
