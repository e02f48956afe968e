using System.Globalization;
using NatoSpend.Data.Files;

namespace NatoSpend.Data.Import;

/// <summary>Where a SIPRI data sheet keeps its labels and years, found in its header row.</summary>
/// <param name="HeaderRow">The row that starts with "Country".</param>
/// <param name="Currency">The "Currency" column, if the sheet has one.</param>
/// <param name="FiscalYear">The "Fiscal Year" column, if the sheet has one.</param>
/// <param name="Notes">The "Notes" column.</param>
/// <param name="Years">Each year's column.</param>
internal sealed record SipriHeader(int HeaderRow, int? Currency, int? FiscalYear, int? Notes, IReadOnlyList<(int Column, int Year)> Years);

/// <summary>One of SIPRI's data sheets: its name, the indicator and unit it becomes, and the columns its header must have, in order.</summary>
/// <param name="Name">The sheet's name.</param>
/// <param name="Indicator">The indicator of its rows.</param>
/// <param name="BaseUnit">The unit of its rows (the local-currency sheets add the currency and fiscal year).</param>
/// <param name="Labels">The header's columns before the years: a label the cell must hold (null: any, even empty), and whether it may be absent.</param>
internal sealed record SipriSheet(string Name, string Indicator, string BaseUnit, IReadOnlyList<(string? Label, bool Optional)> Labels)
{
    private const string Country = "Country", Currency = "Currency", FiscalYear = "Fiscal Year", Notes = "Notes";

    /// <summary>The source column of its rows.</summary>
    public string Source => $"SIPRI Military Expenditure Database (sheet: {Name})";

    /// <summary>The seven data sheets of SIPRI's workbook, in the workbook's order.</summary>
    public static IReadOnlyList<SipriSheet> All(string constantSheet, int constantBase) =>
    [
        new("Local currency financial years", "milex_lcu_current_financial_year", "local currency units at current prices, financial year (FY per SIPRI column)",
            [(Country, false), (Currency, false), (FiscalYear, false), (Notes, false)]),
        new("Local currency calendar years", "milex_lcu_current_calendar_year", "local currency units at current prices, calendar year (currency per SIPRI currency column)",
            [(Country, false), (Currency, false), (Notes, false)]),
        new(constantSheet, "milex_usd_m_constant_" + constantBase.ToString(CultureInfo.InvariantCulture),
            $"US$ million, constant {constantBase.ToString(CultureInfo.InvariantCulture)} prices and exchange rates", [(Country, false), (null, false), (Notes, false)]),
        new("Current US$", "milex_usd_m_current", "US$ million, current prices and exchange rates", [(Country, false), (Notes, false)]),
        new("Share of GDP", "milex_share_of_gdp", "share of GDP as a fraction (0.02 = 2%); SIPRI displays as %", [(Country, false), (Notes, false)]),
        new("Per capita", "milex_per_capita_usd_current", "US$ per person, current prices", [(Country, false), (Notes, false)]),
        new("Share of Govt. spending", "milex_share_of_govt_spending", "share of general government expenditure as a fraction (0.05 = 5%)",
            [(Country, false), (Notes, false), ("Reporting year", true)]),
    ];

    /// <summary>The unit of a country's row: the local-currency sheets name the currency, and the financial-year sheet the fiscal year where it is not January to December.</summary>
    public string Unit(XlsxRow row, SipriHeader header)
    {
        var unit = BaseUnit;
        if (header.Currency is { } currency)
        {
            unit += "; currency: " + row.TextAt(currency).Trim();
        }
        if (header.FiscalYear is { } fiscal && row.TextAt(fiscal).Trim() is { Length: > 0 } year)
        {
            unit += "; FY: " + year;
        }
        return unit;
    }

    /// <summary>Finds the header row (the first with "Country" in column A) and checks its columns against the layout, then reads the years.</summary>
    /// <exception cref="DataFileException">A column is missing, moved or renamed, or the years do not follow each other: one problem naming the cell.</exception>
    public SipriHeader ReadHeader(IReadOnlyList<XlsxRow> rows, string display)
    {
        var header = rows.Take(20).FirstOrDefault(r => r.TextAt(1) == Country)
            ?? throw ImportText.Layout(display, Name, rows.Take(20).LastOrDefault()?.Number ?? 1, 1, "a header row starting with 'Country' within the sheet's first 20 rows", rows.Count == 0 ? null : rows[Math.Min(rows.Count, 20) - 1].TextAt(1));
        var column = 1;
        int? currency = null, fiscal = null, notes = null;
        foreach (var (label, optional) in Labels)
        {
            var text = header.TextAt(column).Trim();
            if (label is not null && !text.StartsWith(label, StringComparison.Ordinal))
            {
                if (optional)
                {
                    continue;
                }
                throw ImportText.Layout(display, Name, header.Number, column, $"the column '{label}'", text);
            }
            switch (label)
            {
                case Currency: currency = column; break;
                case FiscalYear: fiscal = column; break;
                case Notes: notes = column; break;
            }
            column++;
        }
        var years = new List<(int, int)>();
        for (; header.At(column) is { } cell && cell.Text.Length > 0; column++)
        {
            var expected = years.Count == 0 ? null : (int?)(years[^1].Item2 + 1);
            if (!int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100 || (expected is { } e && year != e))
            {
                throw ImportText.Layout(display, Name, header.Number, column,
                    expected is { } next ? $"the year {next.ToString(CultureInfo.InvariantCulture)}, after the year before it" : "the first year of the data, such as 1949", cell.Text);
            }
            years.Add((column, year));
        }
        if (years.Count == 0)
        {
            throw ImportText.Layout(display, Name, header.Number, column, "the first year of the data, such as 1949", null);
        }
        return new SipriHeader(header.Number, currency, fiscal, notes, years);
    }
}
