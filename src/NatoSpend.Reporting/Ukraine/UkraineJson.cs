using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Reporting.Ukraine;

/// <summary>The Ukraine ledger for a year as one JSON object, the same for <c>natospend ukraine --format json</c> and <c>GET /api/v1/ukraine</c>.</summary>
public static class UkraineJson
{
    /// <summary>The year shown when the user names none: the latest year that both the tracker and the edition cover, if the tracker has all of it, else the year before.</summary>
    public static int DefaultYear(UkraineLedger ledger, int editionLastYear)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var latest = Math.Min(editionLastYear, ledger.LastYear);
        return ledger.IsComplete(latest) ? latest : latest - 1;
    }

    /// <summary>The result as JSON: year, release, coverage, the rule, one row per ally, totals, labels.</summary>
    public static JsonObject Build(UkraineResult result, UkraineLedger ledger, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(edition);
        var t = result.Totals;
        return new JsonObject
        {
            ["year"] = t.Year,
            ["release"] = ledger.Release,
            ["data_through"] = ledger.DataThrough.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ["complete_year"] = t.Complete,
            ["months"] = t.Months,
            ["months_covered"] = ledger.MonthsLabel(t.Year),
            ["partial_year"] = t.Complete ? null : ledger.MonthsLabel(t.Year),
            ["partial_year_note"] = ledger.PartialYearNote(t.Year),
            ["edition"] = edition.Id,
            ["rule"] = "NATO's figures already include the aid allies report; Kiel's figure is a component and a cross-check, never added on top.",
            ["allies"] = ReportJson.Rows(result.Table),
            ["totals"] = new JsonObject
            {
                ["allies_shown_eur_m"] = t.AlliesShownEurM,
                ["europe_canada_eur_m"] = t.EuropeCanadaEurM,
                ["united_states_eur_m"] = t.UnitedStatesEurM,
                ["prices"] = "EUR million, current (nominal), allocations",
            },
            ["columns"] = ReportJson.Columns(result.Table),
            ["notes"] = ReportJson.Lines(result.Table.Notes),
        };
    }
}
