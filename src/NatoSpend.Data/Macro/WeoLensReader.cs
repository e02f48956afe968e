using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Measures;

namespace NatoSpend.Data.Macro;

/// <summary>Reads from an IMF WEO extract the series that put a defence figure in context (PPPEX, LP, GGX, GGX_NGDP, NGDP, NGDPD), for every country in the file.</summary>
/// <remarks>Unlike <see cref="WeoReader"/>, it keeps the context countries (RUS, CHN, UKR, ...): the PPP lens applies to every country compared.</remarks>
public static class WeoLensReader
{
    /// <summary>Reads the lens of a WEO file.</summary>
    /// <exception cref="DataFileException">The file is missing or a needed row is malformed; every problem is listed.</exception>
    public static WeoLens Read(DataFolder folder, string file)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(file);
        var path = folder.PathOf(file);
        if (!File.Exists(path))
        {
            throw new DataFileException(new DataProblem(file, null, "the IMF WEO file is missing; the PPP lens and the per-capita and government-expenditure measures need it (see macro/README.md)."));
        }
        var wanted = WeoLens.Indicators.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var values = new Dictionary<(string, string, int), decimal>();
        var problems = new ProblemList();
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
                if (row.ColCount <= last || !wanted.TryGetValue(row[cInd].Span, out var indicator))
                {
                    continue;
                }
                var line = row.LineNumberFrom;
                var country = row[cIso].ToString();
                if (country.Length != 3 || !country.All(char.IsAsciiLetterUpper))
                {
                    problems.Add(new DataProblem(file, line, $"the country must be an ISO3 code such as DEU, but was '{country}'."));
                    continue;
                }
                if (!int.TryParse(row[cYear].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    problems.Add(new DataProblem(file, line, $"the year must be a whole number such as 2029, but was '{row[cYear]}'."));
                    continue;
                }
                // Every series the lens reads is a level or a share, never negative; the file rounds a few early PPP rates to 0.0
                // (lev and hryvnia before redenomination), which the lens treats as no rate. A figure beyond any published one is a slip.
                if (!decimal.TryParse(row[cValue].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                    || value is < 0m or > WeoReader.LargestLevel)
                {
                    problems.Add(new DataProblem(file, line, string.Create(CultureInfo.InvariantCulture,
                        $"{indicator} for {country} {year} must be a number from 0 to {WeoReader.LargestLevel:N0} (invariant culture), but was '{row[cValue]}'.")));
                    continue;
                }
                vintage ??= row[cVintage].ToString();
                if (!values.TryAdd((country, indicator, year), value))
                {
                    problems.Add(new DataProblem(file, line, $"{indicator} for {country} {year} is given twice; keep one row per country, indicator and year."));
                }
            }
        }
        if (problems.Found > 0)
        {
            throw new DataFileException(problems);
        }
        vintage ??= "WEO";
        return new WeoLens(vintage, $"IMF, World Economic Outlook database, {vintage} ({file})", values);
    }
}
