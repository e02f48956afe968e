using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Measures;
using static System.FormattableString;

namespace NatoSpend.Reporting.Measures;

/// <summary>The PPP columns of <c>compare --prices ppp</c>: each dataset's spending in USD converted at the same IMF WEO rates, so that every country and dataset is on one basis.</summary>
public static class ComparePpp
{
    /// <summary>The comparison with, per dataset, its spending at GDP-wide PPP, then the factor used and a note per row without one.</summary>
    public static ReportTable Append(ReportTable table, IReadOnlyList<EditionData> datasets, int year, WeoLens lens)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(datasets);
        ArgumentNullException.ThrowIfNull(lens);
        var columns = datasets.Select(d => new ReportColumn(Key(d), Invariant($"{d.Edition.Id} PPP intl$ m"),
            Invariant($"million international dollars, GDP-wide PPP (IMF {lens.Vintage} PPPEX; not a military price index); derived from {d.Edition.Publisher} {d.Edition.Id}'s spending in USD, current prices and exchange rates"),
            Provenance.Derived, 0)).ToList();
        columns.Add(new ReportColumn("ppp_factor", "Intl$ per USD", Invariant($"international dollars per USD: (NGDP ÷ NGDPD) ÷ PPPEX, IMF {lens.Vintage}; derived"), Provenance.Derived, 3));
        columns.Add(new ReportColumn("ppp_note", "PPP note", null, Provenance.Label));
        var ally = table.IndexOf("ally");
        var rows = table.Rows.Select(r =>
        {
            var code = (string)r[ally]!;
            var factor = SpendingMeasures.PppFactorOf(lens.MarketRate(code, year), lens.PppRate(code, year));
            var usd = datasets.Select(d => d.Find(code, Metric.DefenceUsdCurrent, year)?.Value).ToArray();
            var cells = usd.Select(u => (object?)(u * factor is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero) : null));
            var note = factor is not null ? ""
                : lens.PppRate(code, year) is null ? Invariant($"no PPPEX for {code} in {year} in IMF {lens.Vintage}: not converted, never filled")
                : Invariant($"no NGDP and NGDPD for {code} in {year} in IMF {lens.Vintage}: not converted, never filled");
            return (IReadOnlyList<object?>)[.. r, .. cells, factor is { } f ? Math.Round(f, 4, MidpointRounding.AwayFromZero) : null, note];
        }).ToArray();
        var notes = new List<string>
        {
            "Prices: GDP-wide PPP. " + Prices.Caveat,
            "PPP: " + Prices.Formula + "; every dataset and country is converted at the same WEO rates, so the PPP columns differ only where the datasets' USD figures do.",
        };
        notes.AddRange(datasets.Where(d => !d.Metrics.Contains(Metric.DefenceUsdCurrent))
            .Select(d => Invariant($"{d.Edition.Publisher} {d.Edition.Id} publishes no spending in USD, so its PPP column is empty: nothing is filled.")));
        return new ReportTable([.. table.Columns, .. columns], rows, [.. table.Notes, .. notes]);
    }

    private static string Key(EditionData d) => "spending_ppp_m_" + d.Edition.Id.Replace('-', '_');
}
