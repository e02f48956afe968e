using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Data.Editions;

/// <summary>Reads the SIPRI extract (<c>sipri/README.md</c>) for the allies, as its own dataset.</summary>
/// <remarks>
/// SIPRI's share of GDP is a fraction; it is turned into percent here so that it reads like NATO's.
/// The result is a separate <see cref="EditionData"/>: SIPRI and NATO figures are shown side by side, never merged.
/// </remarks>
public static class SipriReader
{
    private static readonly Dictionary<string, (Metric Metric, decimal Scale, string Unit)> Indicators = new(StringComparer.Ordinal)
    {
        ["milex_share_of_gdp"] = (Metric.DefenceShareOfGdp, 100m, "% of GDP (SIPRI, current prices, calendar year)"),
        ["milex_usd_m_current"] = (Metric.DefenceUsdCurrent, 1m, "million USD, current prices and exchange rates (SIPRI)"),
    };

    /// <summary>The largest value, either way, a row may carry (in million USD, or as a share): far above any of SIPRI's figures.</summary>
    public const decimal Largest = 1_000_000_000m;

    /// <summary>Reads the allies' share of GDP and USD spending.</summary>
    /// <exception cref="DataFileException">A row for an ally is malformed.</exception>
    public static EditionData Read(DataFolder folder, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(edition);
        var problems = new List<DataProblem>();
        var observations = new List<Observation>();
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
            foreach (var row in reader)
            {
                if (row.ColCount <= cFlag || !Indicators.TryGetValue(row[cInd].ToString(), out var indicator))
                {
                    continue;
                }
                var iso = row[cIso].ToString();
                if (!AllyCode.TryParse(iso, null, out var code) || AllyRegistry.Find(code) is null)
                {
                    continue; // context countries (RUS, CHN, ...) are not allies
                }
                var yearText = row[cYear].ToString();
                var valueText = row[cValue].ToString();
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
                observations.Add(new Observation(code.Value, year, indicator.Metric, value * indicator.Scale, indicator.Unit,
                    Estimate: row[cFlag].ToString() == "sipri_estimate"));
            }
        }
        if (problems.Count > 0)
        {
            throw new DataFileException(problems);
        }
        try
        {
            return new EditionData(edition, observations);
        }
        catch (ArgumentException e)
        {
            // Two rows for one country, indicator and year: the dataset refuses them, and the file is named with its rule.
            throw new DataFileException(new DataProblem(edition.Files[0], null, $"{e.Message.Split(" (Parameter", 2)[0].TrimEnd('.')}; keep one row per country, indicator and year."));
        }
    }
}
