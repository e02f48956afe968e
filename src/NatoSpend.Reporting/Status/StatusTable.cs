using NatoSpend.Domain;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting;
using static System.FormattableString;

namespace NatoSpend.Reporting.Status;

/// <summary>Lays a <see cref="StatusReport"/> out as a <see cref="ReportTable"/>, the same for the CLI, the API and downloads.</summary>
public static class StatusTable
{
    /// <summary>The columns a table for people leaves out: the share's rounding, band and test against the target repeat the share column and the counts under it.</summary>
    public static IReadOnlyCollection<string> Repeats { get; } = ["share_rounded", "band", "meets_target"];

    /// <summary>The table of allies with figures, in the report's order, each row labelled with edition, definition and prices.</summary>
    public static ReportTable Build(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var target = report.Target.Percent;
        ReportColumn[] columns =
        [
            new("rank", "#", null, Provenance.Derived, 0),
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("share", "Share %", "% of real GDP (2021 prices)", Provenance.Published),
            new("estimate", "Est.", null, Provenance.Label),
            new("share_rounded", "Share % (as counted)", "% of real GDP, the share rounded to 2 decimals (half away from zero) as NATO prints and counts it", Provenance.Derived),
            new("band", "Band", ThresholdBand.Rule, Provenance.Derived),
            new("change_pp", "Δ pp", "percentage points vs previous year, same edition", Provenance.Derived),
            new("real_change_pct", "Real Δ %", "% annual real change", Provenance.Published, 1),
            new("currency", "Cur.", null, Provenance.Label),
            new("spending_natcur_m", "Spending (m, nat.)", "million national currency, current prices", Provenance.Published, 0),
            new("spending_usd_m", "Spending (USD m)", "million USD, current prices and exchange rates", Provenance.Published, 0),
            new("per_capita_usd_2021", "Per capita (USD 2021)", "USD per capita, 2021 prices", Provenance.Published, 0),
            new("equipment_share_pct", "Equip. %", "% of defence expenditure", Provenance.Published, 1),
            new("equipment_guideline_met", Invariant($"Equip. ≥ {EquipmentCount.WalesGuidelinePct:0}%"),
                Invariant($"true when the equipment share, rounded to 2 decimals, is at or above the Wales guideline of {EquipmentCount.WalesGuidelinePct:0}% of defence expenditure; empty when not published"), Provenance.Derived),
            new("personnel_thousands", "Personnel (k)", "thousands", Provenance.Published, 1),
            new("meets_target", Invariant($"Meets {target}%"), Invariant($"true when the share, rounded to 2 decimals as NATO counts, is at or above the target of {target}% of GDP"), Provenance.Derived),
            new("gap_pp", Invariant($"Gap to {target}% pp"), "percentage points (target minus share; negative = above)", Provenance.Derived),
            new("shortfall_natcur_m", "Shortfall (m, nat.)", "million national currency, current prices, at the year's GDP", Provenance.Derived, 0),
            new("shortfall_usd_m", "Shortfall (USD m)", "million USD, current prices and exchange rates, at the year's GDP", Provenance.Derived, 0),
            new("edition", "Edition", null, Provenance.Label),
            new("definition", "Definition", null, Provenance.Label),
            new("prices", "Prices", null, Provenance.Label),
        ];
        var rows = report.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank,
            r.Ally.Code.Value,
            r.Ally.Name,
            r.Share.Percent,
            r.Estimate,
            r.Share.RoundedAsPublished.Percent,
            ThresholdBand.Of(r.Share),
            r.ChangePp,
            r.RealChangePct,
            r.Ally.Currency.Code,
            r.Spending?.Millions,
            r.SpendingUsd?.Millions,
            r.PerCapitaUsd2021,
            r.EquipmentSharePct,
            r.EquipmentSharePct is { } equipment ? EquipmentCount.Meets(equipment) : null,
            r.PersonnelThousands,
            r.Share.Meets(report.Target),
            r.GapPp,
            r.Shortfall is { } s ? Math.Round(s.Millions, 1) : null,
            r.ShortfallUsd is { } su ? Math.Round(su.Millions, 1) : null,
            report.Edition.Id,
            report.Edition.DefinitionLabel,
            report.Edition.Prices,
        ]).ToArray();
        return new ReportTable(columns, rows, Notes(report));
    }

    /// <summary>The lines under a status table: counts, totals, not reported, derivations and the source.</summary>
    public static IReadOnlyList<string> Notes(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var notes = new List<string>();
        foreach (var c in report.Counts)
        {
            notes.Add(Invariant($"At or above {c.Threshold.Percent}% of GDP: {c.AtOrAbove} of {c.Of} allies (shares rounded to 2 decimals, as NATO counts)."));
        }
        if (report.Equipment is { } e)
        {
            var without = e.WithoutFigure.Count > 0 ? Invariant($"; no equipment figure for {string.Join(", ", e.WithoutFigure.Select(a => a.Code.Value))}, not counted") : "";
            notes.Add(Invariant($"At or above {e.GuidelinePct:0}% of defence expenditure on major equipment (the Wales 2014 guideline): {e.AtOrAbove} of {e.Of} allies (equipment shares as published, rounded to 2 decimals; count derived{without})."));
        }
        var t = report.Totals;
        if (t.NatoTotalUsd is { } total)
        {
            notes.Add(Invariant($"NATO total: USD {total.Millions:#,0} m; Europe and Canada: USD {t.EuropeCanadaUsd?.Millions:#,0} m (published, current prices and exchange rates)."));
        }
        if (t.UsShareOfNatoPct is { } us)
        {
            notes.Add(Invariant($"United States share of NATO spending: {us:0.0}% (derived: USA over NATO total, USD current)."));
        }
        if (t.SelectedShortfallUsd is { } gap)
        {
            notes.Add(Invariant($"Sum of the shortfalls to {report.Target.Percent}% of the allies shown: USD {gap.Millions:#,0} m (derived, at {report.Year} GDP)."));
        }
        foreach (var ally in report.NotReported)
        {
            notes.Add(Invariant($"{ally.Name} ({ally.Code}): {ally.NoDataReason ?? "no figure in this edition for " + report.Year}."));
        }
        if (report.Rows.Any(r => r.Estimate))
        {
            notes.Add(Invariant($"e = estimate: the edition marks {report.Year} as an estimate."));
        }
        notes.Add("Derived (calculated by NatoSpend): the share as NATO counts it (rounded to 2 decimals), its band and whether it meets the target, change in pp, gap, shortfall (at nominal GDP in national currency from NATO's implied exchange rate), US share.");
        notes.Add(report.Edition.SourceLine);
        return notes;
    }
}
