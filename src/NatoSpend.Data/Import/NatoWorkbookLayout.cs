namespace NatoSpend.Data.Import;

/// <summary>One block of a NATO table: a label row, a header row (Country, the currency for Table 1, the years), then a row per ally.</summary>
/// <param name="Label">The label in column A above the block's header (NATO's sub-heading, such as "Current prices").</param>
/// <param name="Metric">The metric its figures become (<c>data/nato/README.md</c>).</param>
/// <param name="Unit">The unit of its rows; <c>{currency}</c> stands for the ally's currency in Table 1.</param>
/// <param name="SourceTable">The source_table column of its rows.</param>
public sealed record NatoBlock(string Label, string Metric, string Unit, string SourceTable);

/// <summary>One sheet of NATO's workbook: its name, title and blocks.</summary>
/// <param name="Name">The sheet's name ("Table 1").</param>
/// <param name="Title">The title in cell A1.</param>
/// <param name="HasCurrency">Whether the header has a "Currency unit" column after "Country" (Table 1, in national currencies).</param>
/// <param name="HasAggregates">Whether the blocks end with NATO's two aggregates (all tables but 1, 8a and 8b).</param>
/// <param name="Blocks">The blocks, top to bottom.</param>
public sealed record NatoSheet(string Name, string Title, bool HasCurrency, bool HasAggregates, IReadOnlyList<NatoBlock> Blocks);

/// <summary>
/// The layout of NATO's workbook of the Defence Expenditure of NATO Countries tables, as NatoSpend reads it: sheets "Table 1" to
/// "Table 8b", allies in rows in NATO's order and under NATO's names, years in columns, an estimated year's column headed with
/// an "e" ("2026e"), an empty cell where NATO publishes no figure.
/// </summary>
/// <remarks>
/// NATO's own workbook does not ship with NatoSpend, so this layout is built from what NATO's published tables hold
/// (<c>data/nato/README.md</c>): the importer checks it cell by cell and names the first cell that differs. Table 4 (not in
/// the long format) and any other sheet are not read. The constant prices are 2021 prices, the basis of every edition
/// since 2025; a workbook on another base is refused at its block label.
/// </remarks>
public static class NatoWorkbookLayout
{
    /// <summary>The first header cell of every block.</summary>
    public const string CountryHeader = "Country";

    /// <summary>The second header cell of Table 1's blocks.</summary>
    public const string CurrencyHeader = "Currency unit";

    /// <summary>The mark after a year that NATO estimates.</summary>
    public const string EstimateMark = "e";

    /// <summary>The aggregates' names and codes, in NATO's order, after the allies.</summary>
    public static readonly IReadOnlyList<(string Name, string Code)> Aggregates = [("NATO Europe and Canada", "NATO_EUROPE_CANADA"), ("NATO Total", "NATO_TOTAL")];

    /// <summary>The allies as NATO names and orders them, with their ISO codes; Iceland, with no armed forces, has no row.</summary>
    public static readonly IReadOnlyList<(string Name, string Code)> Allies =
    [
        ("Albania", "ALB"), ("Belgium", "BEL"), ("Bulgaria", "BGR"), ("Canada", "CAN"), ("Croatia", "HRV"), ("Czechia", "CZE"),
        ("Denmark", "DNK"), ("Estonia", "EST"), ("Finland", "FIN"), ("France", "FRA"), ("Germany", "DEU"), ("Greece", "GRC"),
        ("Hungary", "HUN"), ("Italy", "ITA"), ("Latvia", "LVA"), ("Lithuania", "LTU"), ("Luxembourg", "LUX"), ("Montenegro", "MNE"),
        ("Netherlands", "NLD"), ("North Macedonia", "MKD"), ("Norway", "NOR"), ("Poland", "POL"), ("Portugal", "PRT"),
        ("Romania", "ROU"), ("Slovak Republic", "SVK"), ("Slovenia", "SVN"), ("Spain", "ESP"), ("Sweden", "SWE"), ("Türkiye", "TUR"),
        ("United Kingdom", "GBR"), ("United States", "USA"),
    ];

    /// <summary>The sheets NatoSpend reads, in the workbook's order.</summary>
    public static readonly IReadOnlyList<NatoSheet> Sheets =
    [
        new("Table 1", "Table 1: Defence expenditure (million national currency)", HasCurrency: true, HasAggregates: false,
        [
            new("Current prices", "defence_exp_natcur_current", "million {currency}, current prices", "Table 1 (current prices)"),
            new("Constant 2021 prices", "defence_exp_natcur_const2021", "million {currency}, constant 2021 prices", "Table 1 (constant 2021 prices)"),
        ]),
        new("Table 2", "Table 2: Defence expenditure (million US dollars)", HasCurrency: false, HasAggregates: true,
        [
            new("Current prices and exchange rates", "defence_exp_usd_current", "million USD, current prices and exchange rates", "Table 2 (current prices and exchange rates)"),
            new("Constant 2021 prices and exchange rates", "defence_exp_usd_const2021", "million USD, constant 2021 prices and exchange rates", "Table 2 (constant 2021 prices and exchange rates)"),
        ]),
        new("Table 3", "Table 3: Defence expenditure as a share of GDP and annual real change (based on 2021 prices and exchange rates)", HasCurrency: false, HasAggregates: true,
        [
            new("Share of real GDP (%)", "defence_exp_pct_gdp", "% of real GDP (2021 prices)", "Table 3 (share of real GDP)"),
            new("Annual real change (%)", "defence_exp_real_change_pct", "% annual real change (2021 prices)", "Table 3 (annual real change)"),
        ]),
        new("Table 5", "Table 5: Gross domestic product (million US dollars)", HasCurrency: false, HasAggregates: true,
        [
            new("Current prices and exchange rates", "gdp_usd_current", "million USD, current prices and exchange rates", "Table 5 (current prices and exchange rates)"),
            new("Constant 2021 prices and exchange rates", "gdp_usd_const2021", "million USD, constant 2021 prices and exchange rates", "Table 5 (constant 2021 prices and exchange rates)"),
        ]),
        new("Table 6", "Table 6: GDP per capita and defence expenditure per capita (2021 prices and exchange rates)", HasCurrency: false, HasAggregates: true,
        [
            new("GDP per capita (thousand US dollars)", "gdp_per_capita_const2021", "thousand USD per capita, 2021 prices", "Table 6 (GDP per capita)"),
            new("Defence expenditure per capita (US dollars)", "defence_exp_per_capita_const2021", "USD per capita, 2021 prices", "Table 6 (defence expenditure per capita)"),
        ]),
        new("Table 7", "Table 7: Military personnel", HasCurrency: false, HasAggregates: true,
        [
            new("Thousands", "military_personnel", "thousands", "Table 7 (military personnel)"),
        ]),
        new("Table 8a", "Table 8a: Distribution of defence expenditure by main category (% of total defence expenditure)", HasCurrency: false, HasAggregates: false,
        [
            new("Equipment (%)", "share_equipment_pct", "% of defence expenditure", "Table 8a (equipment)"),
            new("Personnel (%)", "share_personnel_pct", "% of defence expenditure", "Table 8a (personnel)"),
        ]),
        new("Table 8b", "Table 8b: Distribution of defence expenditure by main category (% of total defence expenditure)", HasCurrency: false, HasAggregates: false,
        [
            new("Infrastructure (%)", "share_infrastructure_pct", "% of defence expenditure", "Table 8b (infrastructure)"),
            new("Other (%)", "share_other_pct", "% of defence expenditure", "Table 8b (other)"),
        ]),
    ];

    /// <summary>The rows of a block, in order: the allies, then the aggregates where the sheet has them.</summary>
    public static IReadOnlyList<(string Name, string Code)> RowsOf(NatoSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.HasAggregates ? [.. Allies, .. Aggregates] : Allies;
    }
}
