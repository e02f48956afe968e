using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.World;
using nietras.SeparatedValues;

namespace NatoSpend.Data.Editions;

/// <summary>Reads a SIPRI release (<c>sipri/README.md</c>): every country it ships, as its own dataset.</summary>
/// <remarks>
/// The result is a separate dataset: SIPRI and NATO figures are shown side by side, never merged, and one release is
/// never spliced with another (a file holding two vintages, or two constant-price bases, is refused).
/// </remarks>
public static class SipriReader
{
    private const string ConstantPrefix = "milex_usd_m_constant_";

    private static readonly Dictionary<string, SipriIndicator> Indicators = new(StringComparer.Ordinal)
    {
        ["milex_share_of_gdp"] = SipriIndicator.ShareOfGdp,
        ["milex_usd_m_current"] = SipriIndicator.UsdCurrent,
    };

    /// <summary>The largest value, either way, a row may carry (in million USD, or as a share): far above any of SIPRI's figures.</summary>
    public const decimal Largest = 1_000_000_000m;

    /// <summary>Reads a release's share of GDP and spending in current and constant USD, with SIPRI's marks, for every country it ships.</summary>
    /// <exception cref="DataFileException">A row is malformed; every problem is listed with its file and line.</exception>
    public static SipriRelease ReadRelease(DataFolder folder, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(edition);
        var problems = new List<DataProblem>();
        var figures = new List<SipriFigure>();
        var countries = new Dictionary<string, SipriCountry>(StringComparer.Ordinal);
        var vintages = new SortedSet<string>(StringComparer.Ordinal);
        var bases = new SortedSet<int>();
        foreach (var file in edition.Files)
        {
            using var reader = CsvInput.Open(folder.PathOf(file), file, FileLimits.Sipri, "SIPRI data file");
            string[] required = ["iso3", "year", "indicator", "value", "flag"];
            if (required.Any(c => !reader.Header.TryIndexOf(c, out _)))
            {
                problems.Add(new DataProblem(file, 1, $"the header must have the columns {string.Join(", ", required)}, as sipri/README.md describes."));
                continue;
            }
            int cIso = reader.Header.IndexOf("iso3"), cYear = reader.Header.IndexOf("year"), cInd = reader.Header.IndexOf("indicator"),
                cValue = reader.Header.IndexOf("value"), cFlag = reader.Header.IndexOf("flag");
            var cName = reader.Header.TryIndexOf("sipri_country", out var n) ? n : -1;
            var cVintage = reader.Header.TryIndexOf("vintage", out var v) ? v : -1;
            var last = new[] { cIso, cYear, cInd, cValue, cFlag, cName, cVintage }.Max();
            foreach (var row in reader)
            {
                if (row.ColCount <= last)
                {
                    problems.Add(new DataProblem(file, row.LineNumberFrom, $"the row has {row.ColCount} columns, but the header names {last + 1} or more; quote a value that holds a comma."));
                    continue;
                }
                var indicatorText = row[cInd].ToString();
                if (Indicator(indicatorText, out var constantBase) is not { } indicator)
                {
                    continue; // local currency, per capita, share of government spending: not read
                }
                var iso = row[cIso].ToString().Trim();
                var yearText = row[cYear].ToString();
                var valueText = row[cValue].ToString();
                var flagText = row[cFlag].ToString();
                if (iso.Length != 3 || !iso.All(char.IsAsciiLetterUpper))
                {
                    problems.Add(new DataProblem(file, row.LineNumberFrom, $"the iso3 column must hold three upper-case letters, such as RUS, but was '{iso}'."));
                    continue;
                }
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    || !decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    problems.Add(new DataProblem(file, row.LineNumberFrom, $"the year and value must be numbers, but were '{yearText}' and '{valueText}'."));
                    continue;
                }
                if (Math.Abs(value) > Largest)
                {
                    // Far beyond any published figure: a typing slip, which would overflow when the share is scaled to percent.
                    problems.Add(new DataProblem(file, row.LineNumberFrom, $"the value must be at most 1,000,000,000 either way (far beyond any of SIPRI's figures), but was '{valueText}'; check the exponent and the decimal point."));
                    continue;
                }
                if (Flag(flagText) is not { } flag)
                {
                    problems.Add(new DataProblem(file, row.LineNumberFrom, $"the flag must be empty, sipri_estimate or highly_uncertain, but was '{flagText}'."));
                    continue;
                }
                if (constantBase is { } b)
                {
                    bases.Add(b);
                }
                if (cVintage >= 0 && row[cVintage].ToString() is { Length: > 0 } vintage)
                {
                    vintages.Add(vintage);
                }
                var name = cName >= 0 && row[cName].ToString() is { Length: > 0 } text ? text : iso;
                countries.TryAdd(iso, new SipriCountry(iso, name));
                figures.Add(new SipriFigure(iso, year, indicator, value, flag));
            }
        }
        if (bases.Count > 1)
        {
            problems.Add(new DataProblem(edition.Files[0], null, $"a release has one constant-price base year, but {edition.Id}'s files hold {string.Join(" and ", bases.Select(b => ConstantPrefix + b.ToString(CultureInfo.InvariantCulture)))}; register each release as its own edition."));
        }
        if (vintages.Count > 1)
        {
            problems.Add(new DataProblem(edition.Files[0], null, $"a release's files hold one vintage, but {edition.Id}'s hold {string.Join(" and ", vintages.Select(x => $"'{x}'"))}; register each release as its own edition."));
        }
        if (problems.Count > 0)
        {
            throw new DataFileException(problems);
        }
        try
        {
            return new SipriRelease(edition, vintages.FirstOrDefault() ?? edition.Title, bases.Count == 1 ? bases.Min : null, countries.Values, figures);
        }
        catch (ArgumentException e)
        {
            throw new DataFileException(new DataProblem(edition.Files[0], null, e.Message + " Keep one row per country, indicator and year."));
        }
    }

    /// <summary>A release's share of GDP (in percent, so that it reads like NATO's) and current-USD spending, as a dataset to set beside a NATO edition.</summary>
    public static EditionData ToEditionData(SipriRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var observations = release.Figures
            .Where(f => f.Indicator != SipriIndicator.UsdConstant)
            .Select(f => f.Indicator == SipriIndicator.ShareOfGdp
                ? new Observation(f.Country, f.Year, Metric.DefenceShareOfGdp, f.Value * 100m, "% of GDP (SIPRI, current prices, calendar year)", f.Flag == SipriFlag.Estimate)
                : new Observation(f.Country, f.Year, Metric.DefenceUsdCurrent, f.Value, "million USD, current prices and exchange rates (SIPRI)", f.Flag == SipriFlag.Estimate));
        return new EditionData(release.Edition, observations);
    }

    /// <summary>Reads a release as a dataset to set beside a NATO edition (see <see cref="ToEditionData"/>).</summary>
    /// <exception cref="DataFileException">A row is malformed.</exception>
    public static EditionData Read(DataFolder folder, Edition edition) => ToEditionData(ReadRelease(folder, edition));

    private static SipriIndicator? Indicator(string text, out int? constantBase)
    {
        constantBase = null;
        if (Indicators.TryGetValue(text, out var indicator))
        {
            return indicator;
        }
        // The constant-price sheet names its base year: milex_usd_m_constant_2023 (2024 release), _2024 (2025 release).
        if (text.StartsWith(ConstantPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(ConstantPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            constantBase = year;
            return SipriIndicator.UsdConstant;
        }
        return null;
    }

    private static SipriFlag? Flag(string text) => text switch
    {
        "" => SipriFlag.None,
        "sipri_estimate" => SipriFlag.Estimate,
        "highly_uncertain" => SipriFlag.HighlyUncertain,
        _ => null,
    };
}
