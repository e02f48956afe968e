using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using static System.FormattableString;

namespace NatoSpend.Reporting.Paths;

/// <summary>How one ally's projected GDP and required money moved between macro outlooks (WEO vintages): the same path from the
/// same published base, projected on each outlook in turn. Every figure after the base year is derived.</summary>
public static class OutlookComparison
{
    /// <summary>One row per ally, year and outlook, oldest outlook first, with the change against the oldest.</summary>
    /// <param name="data">The edition the base comes from.</param>
    /// <param name="outlooks">The outlooks, oldest first; at least two.</param>
    /// <param name="allies">The allies (those without a base-year share are left out and named in the notes).</param>
    /// <param name="targets">The targets.</param>
    /// <param name="shape">The path shape.</param>
    /// <param name="parameters">The shape's parameters.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="deadline">The deadline.</param>
    /// <param name="options">Growth overrides and the exchange-rate rule, the same for every outlook.</param>
    /// <exception cref="ArgumentException">Fewer than two outlooks, or no ally with a base-year share.</exception>
    public static ReportTable Build(EditionData data, IReadOnlyList<MacroOutlook> outlooks, IReadOnlyList<Ally> allies, NatoSpend.Domain.Rules.Targets targets,
        PathShape shape, PathParameters parameters, int baseYear, int deadline, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(outlooks);
        ArgumentNullException.ThrowIfNull(allies);
        ArgumentNullException.ThrowIfNull(targets);
        if (outlooks.Count < 2)
        {
            throw new ArgumentException(Invariant($"Comparing outlooks needs at least two, but {outlooks.Count} was given; name two or more such as weo-2024-10,weo-2026-04."), nameof(outlooks));
        }
        var reported = PathReport.Reported(data, allies, baseYear);
        if (reported.Count == 0)
        {
            throw new ArgumentException(PathReport.NoBaseShareMessage(data, allies[0], baseYear) + "; choose another ally.", nameof(allies));
        }
        var byOutlook = outlooks
            .Select(o => (Outlook: o, Set: ProjectionSet.Build(data, reported, o, baseYear, deadline, options)))
            .Select(x => (x.Outlook, x.Set, Paths: x.Set.Projections.ToDictionary(
                p => p.Ally.Code,
                p => RequiredPath.Compute(p, data.Share(p.Ally.Code, baseYear)!.Value, targets.For(p.Ally.Code), deadline, shape, parameters))))
            .ToArray();

        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label, 0),
            new("outlook", "Outlook", null, Provenance.Label),
            new("basis", "Basis", "published (NATO), projected (on the outlook) or extrapolated (after its last year)", Provenance.Label),
            new("currency", "Cur.", null, Provenance.Label),
            new("gdp", "GDP (m, nat.)", "million national currency, current prices, nominal GDP projected from NATO's base", Provenance.Derived, 0),
            new("gdp_usd", "GDP (USD m)", "million USD, current prices, on the share's basis at the year's projected exchange rate", Provenance.Derived, 0),
            new("share", "Share %", "% of GDP on the path (core)", Provenance.Derived),
            new("spending", "Required (m, nat.)", "million national currency, current prices, spending on the path", Provenance.Derived, 0),
            new("spending_usd", "Required (USD m)", "million USD, current prices, at the year's projected exchange rate", Provenance.Derived, 0),
            new("change_vs_first", "Change vs first (m, nat.)", "million national currency: this outlook's required spending minus the first outlook's", Provenance.Derived, 0),
            new("change_vs_first_pct", "Change %", "% change of the required spending against the first outlook", Provenance.Derived, 1),
        ];
        var rows = new List<IReadOnlyList<object?>>();
        var notes = new List<string>();
        var first = byOutlook[0];
        foreach (var ally in reported)
        {
            var firstPath = first.Paths[ally.Code];
            for (var year = baseYear; year <= deadline; year++)
            {
                var k = year - baseYear;
                var firstSpending = firstPath.Rows[k].Spending.Amount;
                foreach (var (outlook, set, paths) in byOutlook)
                {
                    var projection = set.For(ally.Code);
                    var row = paths[ally.Code].Rows[k];
                    var change = row.Spending.Amount - firstSpending;
                    rows.Add(
                    [
                        ally.Code.Value, year, outlook.Vintage, PathTable.BasisText(row, set.Assumptions), ally.Currency.Code,
                        Math.Round(projection.NominalAmount(year) / 1_000_000m, 0),
                        Math.Round(projection.GdpUsd(year) / 1_000_000m, 0),
                        Math.Round(row.Share.Percent, 4),
                        Math.Round(row.Spending.Millions, 1),
                        Math.Round(row.SpendingUsd.Millions, 1),
                        Math.Round(change / 1_000_000m, 1),
                        firstSpending != 0m ? Math.Round(100m * change / firstSpending, 2) : null,
                    ]);
                }
            }
            var last = byOutlook[^1];
            var a = firstPath.Rows[^1].Spending;
            var b = last.Paths[ally.Code].Rows[^1].Spending;
            notes.Add(Invariant($"{ally.Name}: required spending in {deadline} on the {PathShapes.Name(shape)} path is {a} on the {first.Outlook.Vintage} and {b} on the {last.Outlook.Vintage} ({(b.Amount - a.Amount) / 1_000_000m:+#,0;-#,0;0} m, {100m * (b.Amount - a.Amount) / a.Amount:+0.0;-0.0;0.0}%)."));
        }
        notes.AddRange(allies.Except(reported).Select(a => $"{a.Name} ({a.Code}): {a.NoDataReason ?? "no share of GDP in the base year"}; not compared."));
        notes.Add(Invariant($"The same path and base (NATO edition {data.Edition.Id}, {baseYear}, as published) projected on each outlook; only GDP, its deflator and exchange rates differ. Derived by NatoSpend, not published figures."));
        notes.AddRange(byOutlook.Select(x => Invariant($"{x.Outlook.Vintage}: {x.Outlook.Source}; projected to {x.Set.Assumptions.OutlookLastYear}, extrapolated after.")));
        notes.Add(data.Edition.SourceLine);
        return new ReportTable(columns, rows, notes);
    }
}
