using System.Globalization;
using System.Text.Json;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Simulation;

namespace NatoSpend.Data.Simulation;

/// <summary>Reads a JSON file of overrides for the simulation's parameters (format in docs/simulation.md), reporting every problem with its JSON path.</summary>
/// <remarks>
/// <code>
/// { "series": { "real-growth:DEU": { "persistence": 0.3, "volatility": 0.02 }, "fx:EUR": { "drift": 0.01 } },
///   "correlation": { "method": "full", "factors": 4, "pairs": [ { "a": "real-growth:DEU", "b": "real-growth:FRA", "value": 0.8 } ] } }
/// </code>
/// </remarks>
public static class ParameterFileReader
{
    private static readonly string[] SeriesMembers = ["persistence", "volatility", "drift"];

    /// <summary>Reads the file and applies it to the calibrated parameters.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="calibrated">The parameters the overrides change.</param>
    /// <exception cref="DataFileException">The file is missing, is not JSON, or an override is invalid (every problem listed).</exception>
    public static SimulationParameters Apply(string path, SimulationParameters calibrated)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(calibrated);
        var display = path;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new DataFileException(new DataProblem(display, null, "the parameter file does not exist; pass the path of a JSON file as described in docs/simulation.md."));
        }
        return Apply(BoundedFile.Read(path, display, FileLimits.Parameters, "parameter file"), display, calibrated);
    }

    /// <summary>Parses a parameter file's bytes and applies them to the calibrated parameters.</summary>
    /// <param name="json">The file's bytes.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="calibrated">The parameters the overrides change.</param>
    /// <exception cref="DataFileException">The bytes are not UTF-8 JSON within <see cref="FileLimits.Parameters"/>, or an override is invalid (every problem listed).</exception>
    public static SimulationParameters Apply(ReadOnlyMemory<byte> json, string display, SimulationParameters calibrated)
    {
        ArgumentNullException.ThrowIfNull(display);
        ArgumentNullException.ThrowIfNull(calibrated);
        var (document, _) = JsonInput.Parse(json, display, FileLimits.Parameters, "parameter file", e => new DataProblem(display, (int)(e.LineNumber ?? 0) + 1,
            string.Create(CultureInfo.InvariantCulture, $"the parameter file is not valid JSON ({FirstSentence(e.Message)}); fix the syntax near that line.")));
        using (document)
        {
            var problems = new List<DataProblem>();
            void Problem(string jsonPath, string message) => problems.Add(new DataProblem(display, null, message, jsonPath));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DataFileException(new DataProblem(display, null, "the parameter file must hold a JSON object with 'series' and/or 'correlation'.", "$"));
            }
            var series = new List<SeriesOverride>();
            CorrelationMethod? method = null;
            int? factors = null;
            var pairs = new List<CorrelationOverride>();
            foreach (var member in root.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "$comment":
                        break;
                    case "series" when member.Value.ValueKind == JsonValueKind.Object:
                        foreach (var s in member.Value.EnumerateObject())
                        {
                            var at = $"$.series['{s.Name}']";
                            if (s.Value.ValueKind != JsonValueKind.Object)
                            {
                                Problem(at, "each series must be an object such as { \"volatility\": 0.02 }.");
                                continue;
                            }
                            double? Number(string name)
                            {
                                if (!s.Value.TryGetProperty(name, out var v))
                                {
                                    return null;
                                }
                                if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var number) && double.IsFinite(number))
                                {
                                    return number;
                                }
                                Problem($"{at}.{name}", $"{name} must be a number, but was {v.GetRawText()}.");
                                return null;
                            }
                            foreach (var unknown in s.Value.EnumerateObject().Where(p => !SeriesMembers.Contains(p.Name)))
                            {
                                Problem($"{at}.{unknown.Name}", $"'{unknown.Name}' is not a series parameter; use persistence, volatility or drift.");
                            }
                            series.Add(new SeriesOverride(s.Name, Number("persistence"), Number("volatility"), Number("drift")));
                        }
                        break;
                    case "correlation" when member.Value.ValueKind == JsonValueKind.Object:
                        foreach (var c in member.Value.EnumerateObject())
                        {
                            switch (c.Name)
                            {
                                case "method":
                                    method = c.Value.ValueKind == JsonValueKind.String ? c.Value.GetString() switch
                                    {
                                        "factor" => CorrelationMethod.Factor,
                                        "full" => CorrelationMethod.Full,
                                        "independent" => CorrelationMethod.Independent,
                                        _ => null,
                                    } : null;
                                    if (method is null)
                                    {
                                        Problem("$.correlation.method", $"the method must be \"factor\", \"full\" or \"independent\", but was {c.Value.GetRawText()}.");
                                    }
                                    break;
                                case "factors":
                                    if (c.Value.ValueKind == JsonValueKind.Number && c.Value.TryGetInt32(out var k))
                                    {
                                        factors = k;
                                    }
                                    else
                                    {
                                        Problem("$.correlation.factors", $"factors must be a whole number such as 4, but was {c.Value.GetRawText()}.");
                                    }
                                    break;
                                case "pairs" when c.Value.ValueKind == JsonValueKind.Array:
                                    var i = 0;
                                    foreach (var pair in c.Value.EnumerateArray())
                                    {
                                        var at = $"$.correlation.pairs[{i++}]";
                                        if (pair.ValueKind == JsonValueKind.Object
                                            && pair.TryGetProperty("a", out var a) && a.ValueKind == JsonValueKind.String
                                            && pair.TryGetProperty("b", out var b) && b.ValueKind == JsonValueKind.String
                                            && pair.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var value) && double.IsFinite(value))
                                        {
                                            pairs.Add(new CorrelationOverride(a.GetString()!, b.GetString()!, value));
                                        }
                                        else
                                        {
                                            Problem(at, "each pair must be an object { \"a\": series id, \"b\": series id, \"value\": number }.");
                                        }
                                    }
                                    break;
                                default:
                                    Problem($"$.correlation.{c.Name}", $"'{c.Name}' is not a correlation setting; use method, factors or pairs (an array).");
                                    break;
                            }
                        }
                        break;
                    default:
                        Problem($"$.{member.Name}", $"'{member.Name}' is not a parameter-file member; use series (an object) or correlation (an object).");
                        break;
                }
            }
            if (problems.Count == 0)
            {
                var overrides = new ParameterOverrides(series, method, factors, pairs);
                problems.AddRange(overrides.Validate(calibrated).Select(p => new DataProblem(display, null, Lower(p), "$")));
                if (problems.Count == 0)
                {
                    return calibrated.WithOverrides(overrides);
                }
            }
            throw new DataFileException(problems);
        }
    }

    private static string Lower(string sentence) => sentence.Length > 0 ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
