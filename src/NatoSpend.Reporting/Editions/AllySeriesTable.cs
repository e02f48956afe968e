using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using static System.FormattableString;

namespace NatoSpend.Reporting.Editions;

/// <summary>One ally's whole series in an edition, every metric, one row per year.</summary>
public static class AllySeriesTable
{
    /// <summary>Builds the table; years with no figure at all are left out, missing cells stay absent.</summary>
    /// <exception cref="ArgumentException">The edition has no figures for the ally (Iceland, for one).</exception>
    public static ReportTable Build(EditionData data, Ally ally)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        if (!data.Covers(ally.Code))
        {
            throw new ArgumentException(ally.NoDataReason is { } reason
                ? $"{ally.Name} ({ally.Code}) has {reason}: NATO publishes no defence expenditure for it; pick another ally."
                : $"Edition {data.Edition.Id} has no figures for {ally.Name} ({ally.Code}); try another edition.", nameof(ally));
        }
        var metrics = data.Metrics;
        var columns = new List<ReportColumn>
        {
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label),
            new("estimate", "Est.", null, Provenance.Label),
        };
        foreach (var metric in metrics)
        {
            var info = MetricInfo.Of(metric);
            columns.Add(new ReportColumn(info.FileName, ShortTitle(metric), info.Unit.Replace("{currency}", ally.Currency.Code, StringComparison.Ordinal),
                Provenance.Published, Decimals(metric)));
            if (metric == Metric.DefenceShareOfGdp)
            {
                columns.Add(new ReportColumn("change_pp", "Δ pp", "percentage points vs previous year, same edition", Provenance.Derived));
            }
        }
        var hasGdp = metrics.Contains(Metric.GdpUsdCurrent) && metrics.Contains(Metric.DefenceNatcurCurrent);
        if (hasGdp)
        {
            columns.Add(new ReportColumn("gdp_natcur_current", Invariant($"GDP (m {ally.Currency})"),
                Invariant($"million {ally.Currency}, current prices (from NATO's implied exchange rate)"), Provenance.Derived, 0));
        }
        columns.AddRange(
        [
            new("edition", "Edition", null, Provenance.Label),
            new("definition", "Definition", null, Provenance.Label),
            new("prices", "Prices", null, Provenance.Label),
        ]);

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var year in data.Years)
        {
            var share = data.Find(ally.Code, Metric.DefenceShareOfGdp, year);
            var any = metrics.Any(m => data.Find(ally.Code, m, year) is not null);
            if (!any)
            {
                continue;
            }
            var row = new List<object?> { ally.Code.Value, year, share?.Estimate ?? metrics.Any(m => data.Find(ally.Code, m, year)?.Estimate == true) };
            foreach (var metric in metrics)
            {
                row.Add(data.Value(ally.Code, metric, year));
                if (metric == Metric.DefenceShareOfGdp)
                {
                    row.Add(share is not null && data.Share(ally.Code, year - 1) is { } previous ? share.Value - previous.Percent : null);
                }
            }
            if (hasGdp)
            {
                row.Add(data.GdpNational(ally, year) is { } gdp ? Math.Round(gdp.Millions, 0) : null);
            }
            row.AddRange([data.Edition.Id, data.Edition.DefinitionLabel, data.Edition.Prices]);
            rows.Add(row);
        }
        var notes = new List<string>();
        if (rows.Any(r => r[2] is true))
        {
            notes.Add("e = estimate, as the edition marks it.");
        }
        notes.Add("Absent cells (–) are not published; they are never zero.");
        if (hasGdp)
        {
            notes.Add("Derived (calculated by NatoSpend): change in pp; GDP in national currency = GDP in USD × (spending in national currency ÷ spending in USD).");
        }
        notes.Add(data.Edition.SourceLine);
        return new ReportTable(columns, rows, notes);
    }

    private static string ShortTitle(Metric metric) => metric switch
    {
        Metric.DefenceNatcurCurrent => "Spending (m nat.)",
        Metric.DefenceNatcurConst2021 => "Spending (m nat., 2021)",
        Metric.DefenceUsdCurrent => "Spending (USD m)",
        Metric.DefenceUsdConst2021 => "Spending (USD m, 2021)",
        Metric.DefenceShareOfGdp => "Share %",
        Metric.DefenceRealChange => "Real Δ %",
        Metric.GdpUsdCurrent => "GDP (USD m)",
        Metric.GdpUsdConst2021 => "GDP (USD m, 2021)",
        Metric.GdpPerCapitaConst2021 => "GDP/cap (k USD 2021)",
        Metric.DefencePerCapitaConst2021 => "Def./cap (USD 2021)",
        Metric.MilitaryPersonnel => "Personnel (k)",
        Metric.EquipmentShare => "Equip. %",
        Metric.PersonnelShare => "Pers. %",
        Metric.InfrastructureShare => "Infra. %",
        _ => "Other %",
    };

    private static int Decimals(Metric metric) => metric switch
    {
        Metric.DefenceNatcurCurrent or Metric.DefenceNatcurConst2021 or Metric.DefenceUsdCurrent or Metric.DefenceUsdConst2021
            or Metric.GdpUsdCurrent or Metric.GdpUsdConst2021 or Metric.DefencePerCapitaConst2021 => 0,
        Metric.DefenceShareOfGdp => 2,
        _ => 1,
    };
}
