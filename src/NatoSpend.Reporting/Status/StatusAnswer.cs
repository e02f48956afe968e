using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Measures;

namespace NatoSpend.Reporting.Status;

/// <summary>Where allies stand in a year of an edition, as JSON (<c>natospend status --format json</c>, <c>GET /api/v1/status</c>).</summary>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Year">The year.</param>
/// <param name="Target">The target, % of GDP.</param>
/// <param name="Definition">The definition of the shares.</param>
/// <param name="Prices">The prices of the edition's figures.</param>
/// <param name="Source">The edition's provenance.</param>
/// <param name="Allies">One row per ally with figures, keyed by <paramref name="Columns"/>.</param>
/// <param name="NotReported">The allies asked for without a figure in the year.</param>
/// <param name="Counts">How many allies are at or above 2%, 3.5%, 5% and the target.</param>
/// <param name="Bands">The bands of the thresholds the rows' <c>band</c> names, from the lowest up.</param>
/// <param name="EquipmentCount">How many allies meet the Wales equipment guideline, or <c>null</c> when the edition publishes no equipment shares.</param>
/// <param name="Totals">NATO's totals, the US share and the sums over the allies shown.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
/// <param name="PriceBasis">The prices the money is at (current or GDP-wide PPP, with its caveat) and the IMF WEO vintage of the derived measures.</param>
public sealed record StatusAnswer(string Edition, int Year, decimal Target, string Definition, string Prices, EditionAnswer Source,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Allies, IReadOnlyList<NotReportedAnswer> NotReported, IReadOnlyList<ThresholdCountAnswer> Counts,
    IReadOnlyList<string> Bands, EquipmentCountAnswer? EquipmentCount, StatusTotalsAnswer Totals, IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes,
    PricesAnswer PriceBasis)
{
    /// <summary>The report and its table (with Kiel's aid columns when asked for) as an answer.</summary>
    public static StatusAnswer Of(StatusReport report, ReportTable table, PricesAnswer priceBasis)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        var t = report.Totals;
        return new StatusAnswer(report.Edition.Id, report.Year, report.Target.Percent, report.Edition.DefinitionLabel, report.Edition.Prices,
            EditionAnswer.Of(report.Edition), RowAnswer.Of(table),
            [.. report.NotReported.Select(a => new NotReportedAnswer(a.Code.Value, a.Name, a.NoDataReason ?? "no figure in this edition for this year"))],
            [.. report.Counts.Select(c => new ThresholdCountAnswer(c.Threshold.Percent, c.AtOrAbove, c.Of, "share rounded to 2 decimals, as NATO counts"))],
            ThresholdBand.All,
            report.Equipment is { } e
                ? new EquipmentCountAnswer(e.GuidelinePct, e.AtOrAbove, e.Of, [.. e.WithoutFigure.Select(a => a.Code.Value)],
                    "equipment share of defence expenditure (NATO Table 8a, published) rounded to 2 decimals, at or above the Wales 2014 guideline; the count is derived")
                : null,
            new StatusTotalsAnswer(t.NatoTotalUsd?.Millions, t.EuropeCanadaUsd?.Millions, t.UsShareOfNatoPct is { } us ? Math.Round(us, 2) : null,
                t.SelectedSumUsd?.Millions, t.SelectedShortfallUsd is { } g ? Math.Round(g.Millions, 1) : null,
                "USD million, current prices and exchange rates; NATO totals published, US share and sums derived"),
            ColumnAnswer.Of(table), table.Notes, priceBasis);
    }
}

/// <summary>An ally asked for that has no figure in the year.</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Reason">Why it has no figure.</param>
public sealed record NotReportedAnswer(string Ally, string Name, string Reason);

/// <summary>How many allies are at or above a threshold, counted as NATO counts.</summary>
/// <param name="Threshold">The threshold, % of GDP.</param>
/// <param name="AtOrAbove">How many allies shown meet it.</param>
/// <param name="Of">How many allies shown have figures.</param>
/// <param name="Rule">How the count is made.</param>
public sealed record ThresholdCountAnswer(decimal Threshold, int AtOrAbove, int Of, string Rule);

/// <summary>How many allies spend at least the Wales guideline's share of defence expenditure on major equipment.</summary>
/// <param name="GuidelinePct">The guideline, % of defence expenditure.</param>
/// <param name="AtOrAbove">How many allies with a figure meet it.</param>
/// <param name="Of">How many allies shown have an equipment figure.</param>
/// <param name="WithoutFigure">The ISO3 codes of the allies shown without an equipment figure, not counted.</param>
/// <param name="Rule">How the count is made.</param>
public sealed record EquipmentCountAnswer(decimal GuidelinePct, int AtOrAbove, int Of, IReadOnlyList<string> WithoutFigure, string Rule);

/// <summary>A status report's totals, USD million at current prices and exchange rates.</summary>
/// <param name="NatoTotalUsdM">NATO's published total.</param>
/// <param name="EuropeCanadaUsdM">NATO's published total of Europe and Canada.</param>
/// <param name="UsShareOfNatoPct">The United States' share of NATO's total, % (derived).</param>
/// <param name="AlliesShownUsdM">The sum over the allies shown (derived).</param>
/// <param name="AlliesShownShortfallUsdM">The sum of the shortfalls to the target of the allies shown (derived).</param>
/// <param name="Prices">The prices and which figures are published or derived.</param>
public sealed record StatusTotalsAnswer(decimal? NatoTotalUsdM, decimal? EuropeCanadaUsdM, decimal? UsShareOfNatoPct, decimal? AlliesShownUsdM,
    decimal? AlliesShownShortfallUsdM, string Prices);
