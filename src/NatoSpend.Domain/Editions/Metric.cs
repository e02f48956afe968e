namespace NatoSpend.Domain.Editions;

/// <summary>The figures NATO publishes per ally and year, one per table column.</summary>
public enum Metric
{
    /// <summary>Defence expenditure, million national currency, current prices (Table 1).</summary>
    DefenceNatcurCurrent,
    /// <summary>Defence expenditure, million national currency, constant 2021 prices (Table 1).</summary>
    DefenceNatcurConst2021,
    /// <summary>Defence expenditure, million USD, current prices and exchange rates (Table 2).</summary>
    DefenceUsdCurrent,
    /// <summary>Defence expenditure, million USD, constant 2021 prices and exchange rates (Table 2).</summary>
    DefenceUsdConst2021,
    /// <summary>Defence expenditure as a percent of real GDP, 2021 prices (Table 3).</summary>
    DefenceShareOfGdp,
    /// <summary>Annual real change of defence expenditure, percent (Table 3).</summary>
    DefenceRealChange,
    /// <summary>GDP, million USD, current prices and exchange rates (Table 5).</summary>
    GdpUsdCurrent,
    /// <summary>GDP, million USD, constant 2021 prices (Table 5).</summary>
    GdpUsdConst2021,
    /// <summary>GDP per capita, thousand USD, 2021 prices (Table 6).</summary>
    GdpPerCapitaConst2021,
    /// <summary>Defence expenditure per capita, USD, 2021 prices (Table 6).</summary>
    DefencePerCapitaConst2021,
    /// <summary>Military personnel, thousands (Table 7).</summary>
    MilitaryPersonnel,
    /// <summary>Equipment expenditure, percent of defence expenditure (Table 8a).</summary>
    EquipmentShare,
    /// <summary>Personnel expenditure, percent of defence expenditure (Table 8a).</summary>
    PersonnelShare,
    /// <summary>Infrastructure expenditure, percent of defence expenditure (Table 8b).</summary>
    InfrastructureShare,
    /// <summary>Other expenditure, percent of defence expenditure (Table 8b).</summary>
    OtherShare,
}

/// <summary>How a metric is named in the data files, its unit, and its NATO table.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="FileName">The name used in the <c>metric</c> column of the data files.</param>
/// <param name="Unit">The unit, with a <c>{currency}</c> placeholder for national-currency metrics.</param>
/// <param name="Table">The NATO table it comes from.</param>
public sealed record MetricInfo(Metric Metric, string FileName, string Unit, string Table)
{
    /// <summary>Every metric, in table order.</summary>
    public static IReadOnlyList<MetricInfo> All { get; } =
    [
        new(Metric.DefenceNatcurCurrent, "defence_exp_natcur_current", "million {currency}, current prices", "Table 1"),
        new(Metric.DefenceNatcurConst2021, "defence_exp_natcur_const2021", "million {currency}, constant 2021 prices", "Table 1"),
        new(Metric.DefenceUsdCurrent, "defence_exp_usd_current", "million USD, current prices and exchange rates", "Table 2"),
        new(Metric.DefenceUsdConst2021, "defence_exp_usd_const2021", "million USD, constant 2021 prices and exchange rates", "Table 2"),
        new(Metric.DefenceShareOfGdp, "defence_exp_pct_gdp", "% of real GDP", "Table 3"),
        new(Metric.DefenceRealChange, "defence_exp_real_change_pct", "% annual real change", "Table 3"),
        new(Metric.GdpUsdCurrent, "gdp_usd_current", "million USD, current prices and exchange rates", "Table 5"),
        new(Metric.GdpUsdConst2021, "gdp_usd_const2021", "million USD, constant 2021 prices", "Table 5"),
        new(Metric.GdpPerCapitaConst2021, "gdp_per_capita_const2021", "thousand USD per capita, 2021 prices", "Table 6"),
        new(Metric.DefencePerCapitaConst2021, "defence_exp_per_capita_const2021", "USD per capita, 2021 prices", "Table 6"),
        new(Metric.MilitaryPersonnel, "military_personnel", "thousands", "Table 7"),
        new(Metric.EquipmentShare, "share_equipment_pct", "% of defence expenditure", "Table 8a"),
        new(Metric.PersonnelShare, "share_personnel_pct", "% of defence expenditure", "Table 8a"),
        new(Metric.InfrastructureShare, "share_infrastructure_pct", "% of defence expenditure", "Table 8b"),
        new(Metric.OtherShare, "share_other_pct", "% of defence expenditure", "Table 8b"),
    ];

    /// <summary>The description of a metric.</summary>
    public static MetricInfo Of(Metric metric) => All[(int)metric];

    /// <summary>The metric with this file name, or <c>null</c>.</summary>
    public static MetricInfo? FindByFileName(string name) => All.FirstOrDefault(m => m.FileName == name);
}
