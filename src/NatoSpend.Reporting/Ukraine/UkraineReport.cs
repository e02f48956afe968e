using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using static System.FormattableString;

namespace NatoSpend.Reporting.Ukraine;

/// <summary>Military aid allocated in a year by the allies shown, EUR million (Kiel, nominal).</summary>
/// <param name="Year">The year.</param>
/// <param name="AlliesShownEurM">All allies shown that Kiel tracks.</param>
/// <param name="EuropeCanadaEurM">Those of them in Europe and Canada.</param>
/// <param name="UnitedStatesEurM">The United States, if shown.</param>
/// <param name="Complete">Whether the release covers the whole year.</param>
/// <param name="Months">How many months of the year the release covers.</param>
public sealed record UkraineTotals(int Year, decimal AlliesShownEurM, decimal EuropeCanadaEurM, decimal UnitedStatesEurM, bool Complete, int Months);

/// <summary>The Ukraine table and its totals.</summary>
/// <param name="Table">Per ally rows, labelled.</param>
/// <param name="Totals">The sums.</param>
public sealed record UkraineResult(ReportTable Table, UkraineTotals Totals);

/// <summary>Allies' military aid to Ukraine (Kiel) beside their NATO figures for one year.</summary>
public static class UkraineReport
{
    /// <summary>
    /// A status table with Kiel's aid columns added (aid in EUR, as % of GDP, and the share without it, an estimate):
    /// <c>natospend status --ukraine</c> and <c>GET /api/v1/status?ukraine=true</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The status year is outside the tracker.</exception>
    public static ReportTable WithAidColumns(ReportTable statusTable, NatoSpend.Domain.Status.StatusReport report, UkraineLedger ledger, EditionData data)
    {
        ArgumentNullException.ThrowIfNull(statusTable);
        ArgumentNullException.ThrowIfNull(report);
        var aid = Build(ledger, data, report.Year, [.. report.Rows.Select(r => r.Ally)]).Table;
        return statusTable.WithColumnsFrom(aid, "ally", ["military_aid_eur_m", "aid_pct_gdp", "share_without_aid", "aid_months"], aid.Notes.Skip(1));
    }

    /// <summary>Builds the table: per ally the aid in EUR and national currency, as a share of GDP and of NATO core spending, and the "without Ukraine aid" lens.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the tracker or the edition.</exception>
    public static UkraineResult Build(UkraineLedger ledger, EditionData data, int year, IReadOnlyList<Ally> allies)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(allies);
        ledger.CheckYear(year);
        if (!data.Years.Contains(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, Invariant($"Edition {data.Edition.Id} has figures for {data.FirstYear} to {data.LastYear}, not {year}; choose a year in both ranges."));
        }
        // A partial year (Kiel's latest) says its months in every heading and unit built on it, so no part-year figure passes for a year's.
        var (months, part) = ledger.IsComplete(year) ? ("", "") : (" " + ledger.MonthsLabel(year), Invariant($"; {ledger.MonthsLabel(year)} {year} only"));
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label),
            new("tracked", "Tracked", null, Provenance.Label),
            new("military_aid_eur_m", $"Military aid{months} (EUR m)", $"million EUR, current prices, allocations (Kiel){part}", Provenance.Published, 0,
                Invariant($"Kiel Institute for the World Economy, Ukraine Support Tracker, {ledger.Release} (data through {ledger.DataThrough:yyyy-MM}): military allocations")),
            new("currency", "Cur.", null, Provenance.Label),
            new("military_aid_natcur_m", $"Military aid{months} (m, nat.)", $"million national currency at NATO's implied exchange rates for the year{part}", Provenance.Derived, 0),
            new("aid_pct_gdp", $"Aid{months} % GDP", $"% of nominal GDP (NATO GDP in national currency){part}", Provenance.Derived, 3),
            new("aid_pct_of_core", $"Aid{months} % of core", $"% of NATO core defence expenditure, current prices{part}", Provenance.Derived, 1),
            new("share", "NATO share %", "% of real GDP, as published", Provenance.Published),
            new("share_without_aid", $"Without{months} aid % (est.)", $"% of GDP: NATO share minus aid share (estimate; reporting differs){part}", Provenance.Derived),
            new("months", "Months", "months of the year in the release", Provenance.Label, 0),
            new("complete", "Full year", null, Provenance.Label),
            new("aid_months", "Aid months", null, Provenance.Label),
        ];
        var rows = new List<IReadOnlyList<object?>>();
        decimal alliance = 0m, europeCanada = 0m, us = 0m;
        var notTracked = new List<Ally>();
        foreach (var ally in allies)
        {
            var aid = ledger.MilitaryEurBn(ally.Code, year);
            if (aid is null)
            {
                notTracked.Add(ally);
                rows.Add([ally.Code.Value, ally.Name, year, false, null, ally.Currency.Code, null, null, null, data.Share(ally.Code, year)?.Percent, null, ledger.MonthsCovered(year), ledger.IsComplete(year), ledger.MonthsLabel(year)]);
                continue;
            }
            var aidEurM = aid.Value * 1000m;
            alliance += aidEurM;
            if (ally.Code.Value == "USA")
            {
                us += aidEurM;
            }
            else
            {
                europeCanada += aidEurM;
            }
            var aidNat = AidConversion.ToNational(data, ally, year, aidEurM);
            var gdp = ally.HasExpenditureData ? data.GdpNational(ally, year) : null;
            var core = data.Value(ally.Code, Metric.DefenceNatcurCurrent, year);
            decimal? pctGdp = aidNat is { } n && gdp is { } g ? 100m * n / g.Millions : null;
            decimal? pctCore = aidNat is { } n2 && core is { } c && c != 0m ? 100m * n2 / c : null;
            var share = data.Share(ally.Code, year)?.Percent;
            rows.Add(
            [
                ally.Code.Value, ally.Name, year, true, aidEurM, ally.Currency.Code,
                aidNat is { } an ? Math.Round(an, 1) : null,
                pctGdp is { } pg ? Math.Round(pg, 4) : null,
                pctCore is { } pc ? Math.Round(pc, 2) : null,
                share,
                share is { } s && pctGdp is { } p ? Math.Round(s - p, 2) : null,
                ledger.MonthsCovered(year), ledger.IsComplete(year), ledger.MonthsLabel(year),
            ]);
        }
        var partial = ledger.IsComplete(year) ? "" : Invariant($" (January to {ledger.DataThrough:MMMM} {year} only: a partial year)");
        var notes = new List<string>
        {
            Invariant($"Military aid allocated to Ukraine in {year}{partial}: allies shown EUR {alliance:#,0} m, of which Europe and Canada EUR {europeCanada:#,0} m and the United States EUR {us:#,0} m (Kiel, nominal euro)."),
        };
        if (ledger.PartialYearNote(year) is { } partYear)
        {
            notes.Add(partYear);
        }
        notes.AddRange(notTracked.Select(a => Invariant($"{a.Name} ({a.Code}): not tracked by the Kiel Institute; its aid is unknown here, never zero.")));
        notes.Add("NATO's figures already include the aid allies report to NATO: Kiel's figure is a component and a cross-check, never added on top. The 'without aid' share is an estimate: Kiel dates aid at allocation and values it itself, NATO counts payments in fiscal years.");
        notes.Add(Invariant($"Derived (calculated by NatoSpend): national currency at NATO's implied exchange rates for {year}; shares of GDP and of core spending with NATO's {year} figures."));
        notes.Add(Invariant($"Source: Kiel Institute for the World Economy, Ukraine Support Tracker, {ledger.Release} (data through {ledger.DataThrough:yyyy-MM}); NATO edition {data.Edition.Id}."));
        return new UkraineResult(new ReportTable(columns, rows, notes), new UkraineTotals(year, alliance, europeCanada, us, ledger.IsComplete(year), ledger.MonthsCovered(year)));
    }
}
