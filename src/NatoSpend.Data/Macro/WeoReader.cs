using System.Globalization;
using nietras.SeparatedValues;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Projections;

namespace NatoSpend.Data.Macro;

/// <summary>Reads the IMF WEO extract (<c>macro/README.md</c>): only nominal and real GDP (<c>NGDP</c>, <c>NGDP_R</c>) for the allies.</summary>
/// <remarks>
/// The file is 6 MB with 25 indicators for 38 countries; rows are skipped on the indicator before anything else is parsed,
/// and the file is read only by commands that project GDP.
/// </remarks>
public static class WeoReader
{
    /// <summary>The shipped WEO file, relative to the data folder.</summary>
    public const string FileName = "macro/imf_weo_oct2024.csv";

    /// <summary>The columns the reader needs.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["iso3", "year", "indicator", "value", "vintage"];

    private const string Nominal = "NGDP", Real = "NGDP_R";

    /// <summary>Reads the shipped WEO file of a data folder.</summary>
    /// <exception cref="DataFileException">The file is missing or a needed row is malformed; every problem is listed.</exception>
    public static MacroOutlook Read(DataFolder folder) => Read(folder, FileName);

    /// <summary>Reads a WEO file in the extract's format.</summary>
    /// <exception cref="DataFileException">The file is missing or a needed row is malformed; every problem is listed.</exception>
    public static MacroOutlook Read(DataFolder folder, string file)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(file);
        var path = folder.PathOf(file);
        if (!File.Exists(path))
        {
            throw new DataFileException(new DataProblem(file, null, "the IMF WEO file is missing; GDP projections need it (see macro/README.md)."));
        }
        var problems = new List<DataProblem>();
        var nominal = new Dictionary<AllyCode, Dictionary<int, decimal>>();
        var real = new Dictionary<AllyCode, Dictionary<int, decimal>>();
        string? vintage = null;
        using (var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path))
        {
            var header = reader.Header;
            var missing = RequiredColumns.Where(c => !header.TryIndexOf(c, out _)).ToArray();
            if (missing.Length > 0)
            {
                throw new DataFileException(new DataProblem(file, 1, $"the header lacks the column(s) {string.Join(", ", missing)}; a WEO file needs {string.Join(", ", RequiredColumns)}."));
            }
            int cIso = header.IndexOf("iso3"), cYear = header.IndexOf("year"), cInd = header.IndexOf("indicator"), cValue = header.IndexOf("value"), cVintage = header.IndexOf("vintage");
            var last = Math.Max(Math.Max(cIso, cYear), Math.Max(Math.Max(cInd, cValue), cVintage));
            foreach (var row in reader)
            {
                if (row.ColCount <= last)
                {
                    problems.Add(new DataProblem(file, row.LineNumberFrom, $"the row has {row.ColCount} fields, fewer than the header's columns; quote any value that contains a comma."));
                    continue;
                }
                var indicator = row[cInd].Span;
                var isNominal = indicator.SequenceEqual(Nominal);
                if (!isNominal && !indicator.SequenceEqual(Real))
                {
                    continue;
                }
                if (!AllyCode.TryParse(row[cIso].ToString(), null, out var code) || AllyRegistry.Find(code) is null)
                {
                    continue; // context countries (RUS, CHN, ...) are not allies
                }
                var line = row.LineNumberFrom;
                if (!int.TryParse(row[cYear].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    problems.Add(new DataProblem(file, line, $"the year must be a whole number such as 2029, but was '{row[cYear]}'."));
                    continue;
                }
                if (!decimal.TryParse(row[cValue].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0m)
                {
                    problems.Add(new DataProblem(file, line, $"{(isNominal ? Nominal : Real)} for {code} {year} must be a positive number (invariant culture), but was '{row[cValue]}'."));
                    continue;
                }
                vintage ??= row[cVintage].ToString();
                var target = isNominal ? nominal : real;
                if (!target.TryGetValue(code, out var byYear))
                {
                    target[code] = byYear = [];
                }
                if (!byYear.TryAdd(year, value))
                {
                    problems.Add(new DataProblem(file, line, $"{(isNominal ? Nominal : Real)} for {code} {year} is given twice; keep one row per country, indicator and year."));
                }
            }
        }
        if (problems.Count > 0)
        {
            throw new DataFileException(problems);
        }
        if (nominal.Count == 0)
        {
            throw new DataFileException(new DataProblem(file, null, "the file has no NGDP rows for any ally; GDP projections need NGDP and NGDP_R."));
        }
        var series = nominal.Keys.Union(real.Keys).ToDictionary(
            code => code,
            code => new MacroSeries(code, nominal.GetValueOrDefault(code) ?? [], real.GetValueOrDefault(code) ?? []));
        vintage ??= "WEO";
        return new MacroOutlook(vintage, $"IMF, World Economic Outlook database, {vintage} ({file})", series);
    }
}
