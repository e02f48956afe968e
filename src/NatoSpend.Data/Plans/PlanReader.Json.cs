using System.Text.Json;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Data.Plans;

public static partial class PlanReader
{
    /// <summary>Parses a JSON plan: an object with the header keys and <c>years</c>, an array of objects with the CSV's column names.</summary>
    /// <param name="json">The file's bytes.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="fileName">The file name, whose first three letters name the ally when the file has no <c>ally</c>; or <c>null</c>.</param>
    /// <exception cref="DataFileException">The JSON is not a valid plan; every problem is listed with its JSON path.</exception>
    public static Plan ParseJson(ReadOnlyMemory<byte> json, string display, string? fileName = null) => Plan.Create(ParseJsonDefinition(json, display, fileName));

    /// <summary>Parses a JSON plan into its definition, year entry by year entry as the file gives them, checked as <see cref="ParseJson"/> checks it.</summary>
    /// <remarks>The definition, unlike the <see cref="Plan"/>, keeps the file's entries, so it can be written again (<see cref="PlanWriter"/>).</remarks>
    /// <param name="json">The file's bytes.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="fileName">The file name, whose first three letters name the ally when the file has no <c>ally</c>; or <c>null</c>.</param>
    /// <exception cref="DataFileException">The JSON is not a valid plan (or not UTF-8, or larger than <see cref="FileLimits.Plan"/>); every problem is listed with its JSON path.</exception>
    public static PlanDefinition ParseJsonDefinition(ReadOnlyMemory<byte> json, string display, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(display);
        var (document, _) = JsonInput.Parse(json, display, FileLimits.Plan, "plan file",
            e => new DataProblem(display, (int)(e.LineNumber ?? 0) + 1, $"the file is not valid JSON ({e.Message}); fix the syntax at that line."));
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DataFileException(new DataProblem(display, null, $"a plan must be a JSON object with {string.Join(", ", HeaderKeys)} and years, but was {Describe(root)}.", "$"));
            }
            var problems = new List<DataProblem>();
            var header = new Header(problems);
            var parseFailed = new HashSet<(int, string)>();
            var rows = new List<PlanRowDefinition>();
            foreach (var member in root.EnumerateObject())
            {
                var where = new DataProblem(display, null, "", $"$.{member.Name}");
                if (member.Name is "$comment" or "$schema")
                {
                    continue;
                }
                if (member.Name == "years")
                {
                    continue;
                }
                if (!HeaderKeys.Contains(member.Name))
                {
                    problems.Add(where with { Message = $"'{member.Name}' is not a member of a plan; use {string.Join(", ", HeaderKeys)} and years (see data/plans/README.md)." });
                    continue;
                }
                if (member.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }
                if (member.Value.ValueKind != JsonValueKind.String)
                {
                    problems.Add(where with { Message = $"'{member.Name}' must be a string, but was {Describe(member.Value)}." });
                    continue;
                }
                header.Set(member.Name, member.Value.GetString()!.Trim(), where);
            }
            if (!root.TryGetProperty("years", out var years) || years.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new DataProblem(display, null, $"'years' must be an array of objects such as {{\"year\": 2029, \"core_share\": 3.5}}, but was {(root.TryGetProperty("years", out var y) ? Describe(y) : "missing")}.", "$.years"));
            }
            else
            {
                var index = 0;
                foreach (var item in years.EnumerateArray())
                {
                    var at = index;
                    var path = $"$.years[{at}]";
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add(new DataProblem(display, null, $"each year must be an object such as {{\"year\": 2029, \"core_share\": 3.5}}, but was {Describe(item)}.", path));
                        index++;
                        continue;
                    }
                    foreach (var member in item.EnumerateObject().Where(m => !Columns.Contains(m.Name)))
                    {
                        problems.Add(new DataProblem(display, null, $"'{member.Name}' is not a plan column; use {string.Join(", ", Columns)}.", $"{path}.{member.Name}"));
                    }
                    rows.Add(new YearReader(at, new JsonYearFields(item), column => new DataProblem(display, null, "", $"{path}.{column}"), problems, parseFailed).Row());
                    index++;
                }
            }
            var definition = header.Build(rows, fileName, new DataProblem(display, null, "", "$.ally"));
            return Checked(definition, problems, parseFailed, header, (row, field, message) => new DataProblem(display, null, message,
                row is { } r ? (field is "core" or "related" ? $"$.years[{r}]" : $"$.years[{r}].{field}") : $"$.{field}"));
        }
    }

    /// <summary>A JSON year's members: figures are JSON numbers, read exactly as decimals, and text is a JSON string.</summary>
    private sealed class JsonYearFields(JsonElement year) : IYearFields
    {
        public FieldValue<int> WholeNumber(string column) => Member(column) switch
        {
            null => default,
            // A year is digits only, as in CSV, so -5 is refused with the same sentence in both formats.
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var whole) && value.GetRawText()[0] != '-' => new(whole, null),
            { } value => new(null, AsWritten(value)),
        };

        public FieldValue<decimal> Number(string column) => Member(column) switch
        {
            null => default,
            { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) => new(number, null),
            // A figure in a string ("3,5", "3.5") is refused: the format says numbers are JSON numbers, so nothing is guessed.
            { } value => new(null, AsWritten(value)),
        };

        // A text column written as a bare literal is taken as written, so "date": 2025 reads as the date 2025.
        public string? Text(string column) => Member(column) is { } value
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

        private JsonElement? Member(string column) => year.TryGetProperty(column, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        // A string is shown in double quotes, so that "3,5" reads as the string it is; anything else as written, in single quotes.
        private static string AsWritten(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : $"'{value.GetRawText()}'";
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };
}
