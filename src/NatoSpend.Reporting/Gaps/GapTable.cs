using NatoSpend.Domain;
using NatoSpend.Domain.Gaps;
using NatoSpend.Reporting;
using static System.FormattableString;

namespace NatoSpend.Reporting.Gaps;

/// <summary>Lays a <see cref="GapReport"/> out as a <see cref="ReportTable"/>, one row per ally, every row labelled.</summary>
public static class GapTable
{
    /// <summary>The table.</summary>
    public static ReportTable Build(GapReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var y = report.Year;
        var d = report.Deadline;
        var columns = new List<ReportColumn>
        {
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("share", Invariant($"Share {y} %"), "% of real GDP (2021 prices)", Provenance.Published),
            new("estimate", "Est.", null, Provenance.Label),
            new("target", "Target %", "% of GDP (core)", Provenance.Label),
            new("gap_pp", "Gap pp", "percentage points (target minus share; negative = above)", Provenance.Derived),
            new("currency", "Cur.", null, Provenance.Label),
            new("shortfall_natcur_m", Invariant($"Lacks {y} (m, nat.)"), Invariant($"million national currency, current prices, at {y} GDP"), Provenance.Derived, 0),
            new("shortfall_usd_m", Invariant($"Lacks {y} (USD m)"), Invariant($"million USD, current prices and exchange rates of {y}"), Provenance.Derived, 0),
            new("shortfall_eur_m", Invariant($"Lacks {y} (EUR m)"), Invariant($"million EUR, current prices, at NATO's implied {y} EUR rate"), Provenance.Derived, 0),
        };
        if (d is not null)
        {
            var b = report.Assumptions?.BaseYear ?? report.Year;
            var rule = report.Assumptions is { } a ? a.RateRuleText : "exchange rates as projected";
            columns.Add(new("deadline_gap_pp", Invariant($"Gap {d} pp"), Invariant($"percentage points, target minus the {b} share held"), Provenance.Derived));
            columns.Add(new("deadline_shortfall_natcur_m", Invariant($"Lacks {d} (m, nat.)"), Invariant($"million national currency, current prices of {d}, on projected GDP anchored on NATO's published {b} spending"), Provenance.Derived, 0));
            columns.Add(new("deadline_shortfall_usd_m", Invariant($"Lacks {d} (USD m)"), Invariant($"million USD, current prices of {d}, at the projected {d} exchange rate ({rule})"), Provenance.Derived, 0));
            columns.Add(new("deadline_shortfall_eur_m", Invariant($"Lacks {d} (EUR m)"), Invariant($"million EUR, current prices of {d}, at the projected {d} euro rate"), Provenance.Derived, 0));
        }
        columns.Add(new("edition", "Edition", null, Provenance.Label));
        columns.Add(new("definition", "Definition", null, Provenance.Label));
        columns.Add(new("prices", "Prices", null, Provenance.Label));

        var rows = report.Rows.Select(r =>
        {
            var row = new List<object?>
            {
                r.Ally.Code.Value, r.Ally.Name, r.Share.Percent, r.Estimate, r.Target.Percent, r.GapPp, r.Ally.Currency.Code,
                Math.Round(r.Shortfall.Millions, 1), Math.Round(r.ShortfallUsd.Millions, 1), Math.Round(r.ShortfallEur.Millions, 1),
            };
            if (r.AtDeadline is { } a)
            {
                row.Add(a.GapPp);
                row.Add(Math.Round(a.Shortfall.Millions, 1));
                row.Add(Math.Round(a.ShortfallUsd.Millions, 1));
                row.Add(Math.Round(a.ShortfallEur.Millions, 1));
            }
            row.Add(report.Edition.Id);
            row.Add(report.Edition.DefinitionLabel);
            row.Add(d is null ? Invariant($"current prices of {y}") : Invariant($"current prices of {y}; deadline columns current prices of {d} (projected)"));
            return (IReadOnlyList<object?>)row;
        }).ToArray();
        return new ReportTable(columns, rows, Notes(report));
    }

    /// <summary>The lines under a gap table: group totals, exchange rates, price basis, assumptions and the source.</summary>
    public static IReadOnlyList<string> Notes(GapReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var notes = new List<string>();
        foreach (var t in report.Totals)
        {
            notes.Add(Invariant($"{t.Group} ({t.Allies} allies, {t.SharePct:0.00}% of GDP together) in {report.Year}: the allies below their targets lack USD {t.SumOfShortfallsUsd.Millions:#,0} m (EUR {t.SumOfShortfallsEur.Millions:#,0} m) in sum; the group as a whole, allies above offsetting those below, lacks USD {t.AggregateGapUsd.Millions:#,0} m (EUR {t.AggregateGapEur.Millions:#,0} m)."));
            if (t.SumAtDeadlineUsd is { } sum && t.AggregateAtDeadlineUsd is { } net)
            {
                notes.Add(Invariant($"{t.Group} in {report.Deadline} at {report.DeadlineRate!.Year} shares on projected GDP: sum of shortfalls USD {sum.Millions:#,0} m, aggregate USD {net.Millions:#,0} m."));
            }
        }
        foreach (var a in report.NotReported)
        {
            notes.Add($"{a.Name} ({a.Code}): {a.NoDataReason ?? "no figure in this edition for this year"}.");
        }
        notes.Add(Invariant($"Money lacking = max(0, target − share) % of GDP; national currency at GDP derived from NATO's implied rate, USD at NATO's published GDP in current USD of {report.Year}. Derived, not published."));
        notes.Add(Invariant($"Exchange rate {report.Year}: {report.Rate.Basis}."));
        if (report.DeadlineRate is { } dr)
        {
            notes.Add(Invariant($"Exchange rates at the deadline {dr.Year}: each ally's projected rate to USD{(report.Assumptions is { } a2 ? " (" + a2.RateRuleText + ")" : "")}; euro: {dr.Basis}."));
        }
        if (report.Assumptions is { } assumptions)
        {
            notes.AddRange(assumptions.Lines());
        }
        notes.Add(report.Edition.SourceLine);
        return notes;
    }
}
