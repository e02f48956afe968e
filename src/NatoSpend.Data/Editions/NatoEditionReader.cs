using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Data.Editions;

/// <summary>Reads an edition of NATO's tables from the long CSV format described in <c>nato/README.md</c>.</summary>
/// <remarks>Every row is parsed and checked; all problems in all files are reported together and nothing half-read is returned.</remarks>
public static class NatoEditionReader
{
    /// <summary>The columns every file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["ally_iso3", "year", "metric", "value", "unit", "estimate", "definition"];

    /// <summary>The earliest and latest years a row may carry.</summary>
    public const int MinYear = Years.First, MaxYear = Years.Last;

    /// <summary>Reads every file of the edition.</summary>
    /// <exception cref="DataFileException">Any row is malformed; every problem is listed.</exception>
    public static EditionData Read(DataFolder folder, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(edition);
        var problems = new ProblemList();
        var observations = new List<Observation>(7000);
        var seen = new Dictionary<(string, Metric, int), string>();
        foreach (var file in edition.Files)
        {
            ReadFile(folder, file, edition, observations, seen, problems);
        }
        return problems.Found == 0 ? new EditionData(edition, observations) : throw new DataFileException(problems);
    }

    private static void ReadFile(DataFolder folder, string file, Edition edition, List<Observation> observations,
        Dictionary<(string, Metric, int), string> seen, ProblemList problems)
    {
        using var reader = CsvInput.Open(folder.PathOf(file), file, FileLimits.NatoEdition, "NATO data file");
        var header = reader.Header;
        var missing = RequiredColumns.Where(c => !header.TryIndexOf(c, out _)).ToArray();
        if (missing.Length > 0)
        {
            problems.Add(new DataProblem(file, 1, $"the header lacks the column(s) {string.Join(", ", missing)}; a NATO data file needs {string.Join(", ", RequiredColumns)}."));
            return;
        }
        int Col(string name) => header.IndexOf(name);
        int cAlly = Col("ally_iso3"), cYear = Col("year"), cMetric = Col("metric"), cValue = Col("value"), cUnit = Col("unit"), cEst = Col("estimate"), cDef = Col("definition");
        var columns = header.ColNames.Count;

        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var before = problems.Found;
            void Problem(string message) => problems.Add(new DataProblem(file, line, message));
            if (row.ColCount != columns)
            {
                Problem($"the row has {row.ColCount} fields but the header has {columns}; quote any value that contains a comma.");
                continue;
            }

            var entity = row[cAlly].ToString();
            var ally = AllyCode.TryParse(entity, null, out var code) ? AllyRegistry.Find(code) : null;
            if (ally is null && !Aggregates.IsAggregate(entity))
            {
                Problem($"the ally '{entity}' is not an ally code (ISO3, such as DEU) nor {Aggregates.NatoTotal} or {Aggregates.EuropeCanada}.");
            }

            var yearText = row[cYear].ToString();
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < MinYear or > MaxYear)
            {
                Problem($"the year must be a whole number from {MinYear} to {MaxYear}, but was '{yearText}'.");
            }

            var metricText = row[cMetric].ToString();
            var metric = MetricInfo.FindByFileName(metricText);
            if (metric is null)
            {
                Problem($"the metric '{metricText}' is not one NatoSpend knows; use one of {string.Join(", ", MetricInfo.All.Select(m => m.FileName))}.");
            }

            var unit = row[cUnit].ToString();
            var nationalCurrency = metric?.Unit.Contains("{currency}", StringComparison.Ordinal) == true;
            if (metric is not null && (ally is not null || !nationalCurrency))
            {
                // A national-currency unit is checked against the ally's own currency; an unknown ally is reported once, above.
                var expected = metric.Unit.Replace("{currency}", ally?.Currency.Code, StringComparison.Ordinal);
                if (!unit.StartsWith(expected, StringComparison.Ordinal))
                {
                    Problem($"the unit of {metric.FileName} must start with '{expected}', but was '{unit}'.");
                }
            }

            var valueText = row[cValue].ToString();
            if (!decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Problem($"the value must be a number (invariant culture, such as 2.69), but was '{valueText}'.");
            }
            else if (metric is not null && value < 0 && metric.Metric != Metric.DefenceRealChange)
            {
                Problem($"the value of {metric.FileName} cannot be negative, but was {valueText}.");
            }
            else if (metric?.Metric == Metric.DefenceShareOfGdp && value > 100)
            {
                Problem($"a share of GDP must be at most 100 percent, but was {valueText}.");
            }
            else if (metric is not null && Math.Abs(value) > Largest(metric.Metric))
            {
                // A figure far beyond any published one is a typing slip, and would overflow the arithmetic built on it.
                Problem(string.Create(CultureInfo.InvariantCulture,
                    $"the value of {metric.FileName} must be at most {Largest(metric.Metric):N0} ({metric.Unit.Replace("{currency}", "national currency", StringComparison.Ordinal)}), far above any published figure, but was {valueText}; check the exponent and the decimal point."));
            }

            var estimateText = row[cEst].ToString();
            var estimate = estimateText switch { "true" => true, "false" => false, _ => (bool?)null };
            if (estimate is null)
            {
                Problem($"estimate must be true or false, but was '{estimateText}'.");
            }

            var definition = row[cDef].ToString();
            if (definition != edition.DefinitionLabel)
            {
                Problem($"the definition must be '{edition.DefinitionLabel}' for edition {edition.Id}, but was '{definition}'; editions are never mixed.");
            }

            if (problems.Found > before)
            {
                continue;
            }
            if (seen.TryGetValue((entity, metric!.Metric, year), out var first))
            {
                Problem($"{entity} {metric.FileName} {year} is given twice (first at {first}); keep one row per ally, metric and year.");
                continue;
            }
            seen.Add((entity, metric.Metric, year), string.Create(CultureInfo.InvariantCulture, $"{file}:{line}"));
            observations.Add(new Observation(entity, year, metric.Metric, value, unit, estimate!.Value));
        }
    }

    /// <summary>The largest value a row of the metric may carry: far above any published figure (US GDP, the largest, is about 63 million million USD), and low enough that no calculation on it overflows.</summary>
    /// <remarks>Listed in data/nato/README.md.</remarks>
    public static decimal Largest(Metric metric) => metric switch
    {
        Metric.DefenceShareOfGdp or Metric.EquipmentShare or Metric.PersonnelShare or Metric.InfrastructureShare or Metric.OtherShare => 100m,
        Metric.DefenceRealChange => 1_000m,
        Metric.MilitaryPersonnel or Metric.GdpPerCapitaConst2021 => 100_000m,
        Metric.DefencePerCapitaConst2021 => 1_000_000m,
        _ => 1_000_000_000m,
    };
}
