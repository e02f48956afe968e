using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;

namespace NatoSpend.Data.Macro;

/// <summary>Reads an IMF WEO extract (<c>macro/README.md</c>): nominal and real GDP and GDP in USD (<c>NGDP</c>, <c>NGDP_R</c>, <c>NGDPD</c>) for projections, and on request the history the simulation is calibrated on.</summary>
/// <remarks>
/// The file is 6 MB with 25 indicators for 38 countries; rows are skipped on the indicator before anything else is parsed,
/// and the file is read only by commands that project GDP.
/// </remarks>
public static class WeoReader
{
    /// <summary>The columns the reader needs.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["iso3", "year", "indicator", "value", "vintage"];

    /// <summary>The largest GDP level or deflator a row may carry, in the extract's unit: far above any published one (the largest, Turkey's nominal GDP, is about 3.4 million).</summary>
    public const decimal LargestLevel = 1_000_000_000m;

    /// <summary>The smallest GDP level or deflator a row may carry: far below any published one (the smallest, Romania's deflator in 1990, is 0.014), and large enough that a ratio of two levels cannot overflow.</summary>
    public const decimal SmallestLevel = 0.000001m;

    /// <summary>The largest real growth rate a row may carry, in percent (the largest published is under 30).</summary>
    public const decimal LargestGrowth = 1_000m;

    private const string Nominal = "NGDP", Real = "NGDP_R", RealGrowth = "NGDP_RPCH", Deflator = "NGDP_D", NominalUsd = "NGDPD";

    /// <summary>Reads a WEO file in the extract's format.</summary>
    /// <exception cref="DataFileException">The file is missing or a needed row is malformed; every problem is listed.</exception>
    /// <param name="folder">The data folder.</param>
    /// <param name="file">The file, relative to the folder.</param>
    /// <param name="id">The outlook's id in the registry (<c>weo-2026-04</c>), or <c>null</c>.</param>
    public static MacroOutlook Read(DataFolder folder, string file, string? id = null)
    {
        var (vintage, values) = ReadIndicators(folder, file, [Nominal, Real, NominalUsd], "GDP projections");
        var nominal = values[Nominal];
        var real = values[Real];
        var usd = values[NominalUsd];
        if (nominal.Count == 0)
        {
            throw new DataFileException(new DataProblem(file, null, "the file has no NGDP rows for any ally; GDP projections need NGDP and NGDP_R."));
        }
        var series = nominal.Keys.Union(real.Keys).ToDictionary(
            code => code,
            code => new MacroSeries(code, nominal.GetValueOrDefault(code) ?? [], real.GetValueOrDefault(code) ?? [], usd.GetValueOrDefault(code) ?? []));
        return new MacroOutlook(vintage, $"IMF, World Economic Outlook database, {vintage} ({file})", series, id);
    }

    /// <summary>Reads <c>NGDP_RPCH</c>, <c>NGDP_D</c>, <c>NGDP</c> and <c>NGDPD</c> for the allies; the USD rate is <c>NGDP / NGDPD</c>.</summary>
    /// <remarks>Only the simulation calls this, so the commands that project GDP do not parse the extra indicators.</remarks>
    /// <exception cref="DataFileException">The file is missing or a needed row is malformed; every problem is listed.</exception>
    public static MacroHistory ReadHistory(DataFolder folder, string file)
    {
        var (vintage, values) = ReadIndicators(folder, file, [Nominal, RealGrowth, Deflator, NominalUsd], "the simulation's calibration");
        if (values[RealGrowth].Count == 0)
        {
            throw new DataFileException(new DataProblem(file, null, "the file has no NGDP_RPCH rows for any ally; the simulation is calibrated on NGDP_RPCH, NGDP_D, NGDP and NGDPD."));
        }
        var codes = values.Values.SelectMany(v => v.Keys).Distinct();
        var allies = codes.ToDictionary(code => code, code =>
        {
            static Dictionary<int, double> Of(Dictionary<AllyCode, Dictionary<int, decimal>> map, AllyCode code) =>
                map.TryGetValue(code, out var byYear) ? byYear.ToDictionary(p => p.Key, p => (double)p.Value) : [];
            var nominal = values[Nominal].GetValueOrDefault(code) ?? [];
            var usd = values[NominalUsd].GetValueOrDefault(code) ?? [];
            var rate = nominal.Where(p => usd.TryGetValue(p.Key, out var u) && u > 0m).ToDictionary(p => p.Key, p => (double)(p.Value / usd[p.Key]));
            return new AllyHistory(code, Of(values[RealGrowth], code), Of(values[Deflator], code), rate);
        });
        return new MacroHistory(vintage, $"IMF, World Economic Outlook database, {vintage} ({file}): NGDP_RPCH, NGDP_D, NGDP and NGDPD", allies);
    }

    private static (string Vintage, Dictionary<string, Dictionary<AllyCode, Dictionary<int, decimal>>> Values) ReadIndicators(
        DataFolder folder, string file, string[] indicators, string purpose)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(file);
        var path = folder.PathOf(file);
        if (!File.Exists(path))
        {
            throw new DataFileException(new DataProblem(file, null, $"the IMF WEO file is missing; {purpose} need it (see macro/README.md)."));
        }
        var problems = new ProblemList();
        var values = indicators.ToDictionary(i => i, _ => new Dictionary<AllyCode, Dictionary<int, decimal>>(), StringComparer.Ordinal);
        var lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        string? vintage = null;
        using (var reader = CsvInput.Open(path, file, FileLimits.Weo, "IMF WEO file"))
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
                if (!lookup.TryGetValue(row[cInd].Span, out var indicator, out var target))
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
                // Growth rates may be negative; levels (GDP, deflator) must be positive.
                var rate = indicator == RealGrowth;
                if (!decimal.TryParse(row[cValue].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || (!rate && value <= 0m))
                {
                    problems.Add(new DataProblem(file, line, $"{indicator} for {code} {year} must be a {(rate ? "" : "positive ")}number (invariant culture), but was '{row[cValue]}'."));
                    continue;
                }
                // A figure far beyond any published one is a typing slip, and would overflow the projections built on it.
                if (rate ? value is < -100m or > LargestGrowth : value is < SmallestLevel or > LargestLevel)
                {
                    problems.Add(new DataProblem(file, line, rate
                        ? string.Create(CultureInfo.InvariantCulture, $"{indicator} for {code} {year} must be a growth rate from -100 to {LargestGrowth:N0} percent, but was '{row[cValue]}'; check the exponent and the decimal point.")
                        : string.Create(CultureInfo.InvariantCulture, $"{indicator} for {code} {year} must be from {SmallestLevel} to {LargestLevel:N0} in the extract's unit, a range far wider than any published figure, but was '{row[cValue]}'; check the exponent and the decimal point.")));
                    continue;
                }
                vintage ??= row[cVintage].ToString();
                if (!target.TryGetValue(code, out var byYear))
                {
                    target[code] = byYear = [];
                }
                if (!byYear.TryAdd(year, value))
                {
                    problems.Add(new DataProblem(file, line, $"{indicator} for {code} {year} is given twice; keep one row per country, indicator and year."));
                }
            }
        }
        if (problems.Found > 0)
        {
            throw new DataFileException(problems);
        }
        return (vintage ?? "WEO", values);
    }
}
