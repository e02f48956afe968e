using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Fiscal;

namespace NatoSpend.Data.Macro;

/// <summary>
/// Reads the general-government accounts of an IMF WEO extract (<c>macro/README.md</c>) for the allies: nominal GDP, net lending
/// and primary net lending, and gross debt (<c>NGDP</c>, <c>GGXCNL</c>, <c>GGXCNL_NGDP</c>, <c>GGXONLB_NGDP</c>, <c>GGXWDG</c>,
/// <c>GGXWDG_NGDP</c>). Only <c>natospend fiscal</c> reads them, so the GDP projections do not parse them.
/// </summary>
public static class WeoFiscalReader
{
    /// <summary>The largest amount or ratio either way a row may carry, in the extract's unit: far beyond any published one.</summary>
    public const decimal Largest = 1_000_000_000m;

    private const string Gdp = "NGDP", Balance = "GGXCNL", BalancePct = "GGXCNL_NGDP", PrimaryPct = "GGXONLB_NGDP", Debt = "GGXWDG", DebtPct = "GGXWDG_NGDP";
    private static readonly string[] Indicators = [Gdp, Balance, BalancePct, PrimaryPct, Debt, DebtPct];

    /// <summary>Reads the accounts of every ally in the file.</summary>
    /// <param name="folder">The data folder.</param>
    /// <param name="file">The file, relative to the folder.</param>
    /// <param name="id">The outlook's id in the registry.</param>
    /// <exception cref="DataFileException">The file is missing or a needed row is malformed; every problem is listed.</exception>
    public static FiscalOutlook Read(DataFolder folder, string file, string id)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(file);
        var path = folder.PathOf(file);
        if (!File.Exists(path))
        {
            throw new DataFileException(new DataProblem(file, null, "the IMF WEO file is missing; fiscal room needs it (see macro/README.md)."));
        }
        var problems = new ProblemList();
        var values = new Dictionary<(AllyCode Ally, int Year), Dictionary<string, decimal>>();
        string? vintage = null;
        using (var reader = CsvInput.Open(path, file, FileLimits.Weo, "IMF WEO file"))
        {
            var header = reader.Header;
            var missing = WeoReader.RequiredColumns.Where(c => !header.TryIndexOf(c, out _)).ToArray();
            if (missing.Length > 0)
            {
                throw new DataFileException(new DataProblem(file, 1, $"the header lacks the column(s) {string.Join(", ", missing)}; a WEO file needs {string.Join(", ", WeoReader.RequiredColumns)}."));
            }
            int cIso = header.IndexOf("iso3"), cYear = header.IndexOf("year"), cInd = header.IndexOf("indicator"), cValue = header.IndexOf("value"), cVintage = header.IndexOf("vintage");
            var last = new[] { cIso, cYear, cInd, cValue, cVintage }.Max();
            foreach (var row in reader)
            {
                if (row.ColCount <= last)
                {
                    problems.Add(new DataProblem(file, row.LineNumberFrom, $"the row has {row.ColCount} fields, fewer than the header's columns; quote any value that contains a comma."));
                    continue;
                }
                var name = row[cInd].ToString();
                var indicator = Array.Find(Indicators, i => i == name);
                if (indicator is null || !AllyCode.TryParse(row[cIso].ToString(), null, out var code) || AllyRegistry.Find(code) is null)
                {
                    continue;
                }
                var line = row.LineNumberFrom;
                if (!int.TryParse(row[cYear].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    problems.Add(new DataProblem(file, line, $"the year must be a whole number such as 2029, but was '{row[cYear]}'."));
                    continue;
                }
                // Balances are negative in deficit; GDP and debt must be positive.
                var signed = indicator is Balance or BalancePct or PrimaryPct;
                if (!decimal.TryParse(row[cValue].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                    || (!signed && value <= 0m) || Math.Abs(value) > Largest)
                {
                    problems.Add(new DataProblem(file, line, string.Create(CultureInfo.InvariantCulture,
                        $"{indicator} for {code} {year} must be a {(signed ? "" : "positive ")}number (invariant culture) of at most {Largest:N0} either way, but was '{row[cValue]}'.")));
                    continue;
                }
                vintage ??= row[cVintage].ToString();
                if (!values.TryGetValue((code, year), out var byIndicator))
                {
                    values[(code, year)] = byIndicator = new Dictionary<string, decimal>(StringComparer.Ordinal);
                }
                if (!byIndicator.TryAdd(indicator, value))
                {
                    problems.Add(new DataProblem(file, line, $"{indicator} for {code} {year} is given twice; keep one row per country, indicator and year."));
                }
            }
        }
        if (problems.Found > 0)
        {
            throw new DataFileException(problems);
        }
        var label = vintage ?? "WEO";
        var series = values.GroupBy(p => p.Key.Ally).ToDictionary(g => g.Key, g => new FiscalSeries(g.Key, label, g.Select(p => new FiscalYear(p.Key.Year,
            Get(p.Value, Gdp), Get(p.Value, Balance), Get(p.Value, BalancePct), Get(p.Value, PrimaryPct), Get(p.Value, Debt), Get(p.Value, DebtPct)))));
        return new FiscalOutlook(label, $"IMF, World Economic Outlook database, {label} ({file}): NGDP, GGXCNL, GGXCNL_NGDP, GGXONLB_NGDP, GGXWDG, GGXWDG_NGDP", series, id);
    }

    private static decimal? Get(Dictionary<string, decimal> values, string indicator) => values.TryGetValue(indicator, out var v) ? v : null;
}
