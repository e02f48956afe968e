using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;
using NatoSpend.Data.Files;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Data.Plans;

/// <summary>Reads plan files, CSV or JSON (format in <c>data/plans/README.md</c>), reporting every problem with file and line or JSON path.</summary>
/// <remarks>Both formats go through the same checks (<see cref="Plan.Validate"/>); nothing half-read is returned.</remarks>
public static partial class PlanReader
{
    /// <summary>The folder of the shipped plans, relative to the data folder.</summary>
    public const string Folder = "plans";

    /// <summary>The header keys, in the order a plan file writes them.</summary>
    public static readonly IReadOnlyList<string> HeaderKeys = ["ally", "title", "published", "source", "basis", "currency", "revises"];

    /// <summary>The columns of a plan's years, in the order a plan file writes them.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["year", "core_share", "core_spending", "related_share", "related_spending", "total_share", "ukraine", "equipment_share", "basis", "source", "date", "grade", "note"];

    /// <summary>The shipped plan files of a data folder, relative to it, sorted.</summary>
    public static IReadOnlyList<string> ShippedFiles(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var dir = folder.PathOf(Folder);
        return Directory.Exists(dir)
            ? [.. Directory.EnumerateFiles(dir).Where(IsPlanFile).Select(f => $"{Folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Reads a plan file; <c>.json</c> is read as JSON, anything else as CSV.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <exception cref="DataFileException">The file cannot be read or is not a valid plan; every problem is listed.</exception>
    public static Plan ReadFile(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(display);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(new DataProblem(display, null, $"the plan file cannot be read ({e.Message}); check the path and its permissions."));
        }
        var name = Path.GetFileName(path);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? ParseJson(bytes, display, name)
            : ParseCsv(new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), display, name);
    }

    /// <summary>Parses a CSV plan: optional <c># key: value</c> header lines, then a header row and one row per year.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="fileName">The file name, whose first three letters name the ally when the file has no <c># ally:</c> line; or <c>null</c>.</param>
    /// <exception cref="DataFileException">The text is not a valid plan; every problem is listed with its line.</exception>
    public static Plan ParseCsv(string text, string display, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(display);
        var problems = new List<DataProblem>();
        var header = new Header(problems);
        var lines = text.Split('\n');
        var skipped = 0;
        while (skipped < lines.Length && (lines[skipped].TrimStart().StartsWith('#') || lines[skipped].Trim().Length == 0))
        {
            var line = lines[skipped].Trim();
            var lineNumber = skipped + 1;
            skipped++;
            if (line.Length == 0)
            {
                continue;
            }
            var match = KeyLine().Match(line);
            if (!match.Success)
            {
                continue; // a free comment
            }
            var key = match.Groups[1].Value.ToLowerInvariant();
            var value = match.Groups[2].Value.Trim();
            var where = new DataProblem(display, lineNumber, "");
            if (!HeaderKeys.Contains(key))
            {
                problems.Add(where with { Message = $"'{key}' is not a plan header key; use {string.Join(", ", HeaderKeys)} (see data/plans/README.md)." });
                continue;
            }
            header.Set(key, value, where);
        }

        var rows = new List<PlanRowDefinition>();
        var rowLines = new List<int>();
        var parseFailed = new HashSet<(int, string)>();
        var headerLine = skipped + 1;
        var body = string.Join('\n', lines.Skip(skipped));
        if (body.Trim().Length == 0)
        {
            problems.Add(new DataProblem(display, headerLine, "the file has no header row; start the table with a header such as year,core_share and give one row per year."));
            header.Failed.Add("years");
        }
        else
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).FromText(body);
            var names = reader.Header.ColNames.Select(n => n.Trim()).ToArray();
            var headerOk = true;
            foreach (var unknown in names.Where(n => !Columns.Contains(n)))
            {
                problems.Add(new DataProblem(display, headerLine, $"the column '{unknown}' is not a plan column; use {string.Join(", ", Columns)} (see data/plans/README.md)."));
                headerOk = false;
            }
            var figures = new[] { "core_share", "core_spending", "total_share" };
            if (!names.Contains("year") || !figures.Any(names.Contains))
            {
                var lacking = new[] { names.Contains("year") ? null : "year", figures.Any(names.Contains) ? null : "core_share (or core_spending, or total_share)" }
                    .Where(n => n is not null);
                problems.Add(new DataProblem(display, headerLine, $"the header lacks the column(s) {string.Join(" and ", lacking)}; the smallest plan has the header year,core_share and one row per year."));
                headerOk = false;
            }
            if (!headerOk)
            {
                header.Failed.Add("years"); // the rows were not read, so "no years" would only repeat the header's problem
            }
            else
            {
                foreach (var row in reader)
                {
                    var line = row.LineNumberFrom + skipped;
                    if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
                    {
                        continue; // a blank line
                    }
                    if (row.ColCount != names.Length)
                    {
                        problems.Add(new DataProblem(display, line, $"the row has {row.ColCount} field(s) but the header has {names.Length} ({string.Join(",", names)}); give every column (empty for none) and quote any note that contains a comma."));
                        continue;
                    }
                    var index = rows.Count;
                    var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (var i = 0; i < names.Length; i++)
                    {
                        cells[names[i]] = row[i].ToString();
                    }
                    var cellReader = new Cells(index, line, display, problems, parseFailed, (name, value) => cells.TryGetValue(name, out var v) && v.Trim().Length > 0 ? v.Trim() : null);
                    rows.Add(cellReader.Row());
                    rowLines.Add(line);
                }
            }
        }

        var definition = header.Build(rows, fileName, new DataProblem(display, 1, ""));
        return Finish(definition, problems, parseFailed, header, (row, field, message) => row is { } r
            ? new DataProblem(display, rowLines[r], message)
            : header.Where(field, new DataProblem(display, 1, message)));
    }

    /// <summary>Parses a JSON plan: an object with the header keys and <c>years</c>, an array of objects with the CSV's column names.</summary>
    /// <param name="json">The file's bytes.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="fileName">The file name, whose first three letters name the ally when the file has no <c>ally</c>; or <c>null</c>.</param>
    /// <exception cref="DataFileException">The JSON is not a valid plan; every problem is listed with its JSON path.</exception>
    public static Plan ParseJson(ReadOnlyMemory<byte> json, string display, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(display);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new DataFileException(new DataProblem(display, (int)(e.LineNumber ?? 0) + 1, $"the file is not valid JSON ({e.Message}); fix the syntax at that line."));
        }
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
                    var cells = new Cells(at, null, display, problems, parseFailed, (name, _) =>
                        item.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
                            ? v.ValueKind == JsonValueKind.String && name is not ("note" or "basis" or "source" or "date" or "grade") ? $"\"{v.GetString()}\"" : v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
                            : null)
                    {
                        JsonPath = path,
                    };
                    rows.Add(cells.Row());
                    index++;
                }
            }
            var definition = header.Build(rows, fileName, new DataProblem(display, null, "", "$.ally"));
            return Finish(definition, problems, parseFailed, header, (row, field, message) => new DataProblem(display, null, message,
                row is { } r ? (field is "core" or "related" ? $"$.years[{r}]" : $"$.years[{r}].{field}") : $"$.{field}"));
        }
    }

    private static Plan Finish(PlanDefinition definition, List<DataProblem> problems, HashSet<(int, string)> parseFailed, Header header,
        Func<int?, string, string, DataProblem> locate)
    {
        foreach (var p in Plan.Validate(definition))
        {
            // A value that could not be read is reported once, where it was read; its consequences are not repeated.
            if (p.Row is { } row && (parseFailed.Contains((row, p.Field)) || parseFailed.Contains((row, "year"))))
            {
                continue;
            }
            if (p.Row is null && header.Failed.Contains(p.Field))
            {
                continue;
            }
            problems.Add(locate(p.Row, p.Field, p.Message));
        }
        return problems.Count == 0 ? Plan.Create(definition) : throw new DataFileException(Sorted(problems));
    }

    // Problems in file order: line by line for CSV (stable within a line), as found for JSON.
    private static DataProblem[] Sorted(List<DataProblem> problems) => [.. problems.OrderBy(p => p.Line ?? 0)];

    private static bool IsPlanFile(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };

    [GeneratedRegex(@"^#\s*([A-Za-z_]+)\s*:\s*(.*)$")]
    private static partial Regex KeyLine();

    /// <summary>The header values as read, with where each came from.</summary>
    private sealed class Header(List<DataProblem> problems)
    {
        private readonly Dictionary<string, DataProblem> _where = new(StringComparer.Ordinal);
        private string? _ally, _title, _currency, _revises, _announced;
        private DateOnly? _published;
        private Uri? _source;
        private PlanBasis? _basis;

        public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);

        public DataProblem Where(string field, DataProblem fallback) =>
            _where.TryGetValue(field, out var at) ? at with { Message = fallback.Message } : fallback;

        public void Set(string key, string value, DataProblem where)
        {
            if (_where.TryGetValue(key, out var first))
            {
                problems.Add(where with { Message = $"the header key '{key}' is given twice (first {Position(first)}); keep one." });
                return;
            }
            _where[key] = where;
            void Fail(string message)
            {
                Failed.Add(key);
                problems.Add(where with { Message = message });
            }
            switch (key)
            {
                case "ally":
                    _ally = value;
                    break;
                case "title":
                    _title = value;
                    break;
                case "currency":
                    _currency = value;
                    break;
                case "revises":
                    _revises = value;
                    break;
                case "published":
                    // A source may date an announcement to the month or the year only; the date is kept as precise as that.
                    if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        _published = date;
                        _announced = value;
                    }
                    else if (Plan.IsDate(value))
                    {
                        _announced = value;
                    }
                    else
                    {
                        Fail($"the published date must be a date such as 2025-06-24 (or 2025-06, or 2025, when the source gives no day), but was '{value}'.");
                    }
                    break;
                case "source":
                    if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                    {
                        _source = uri;
                    }
                    else
                    {
                        Fail($"the source must be an absolute http(s) address of the announcement, but was '{value}'.");
                    }
                    break;
                case "basis":
                    _basis = value.ToLowerInvariant() switch { "nato" => PlanBasis.Nato, "national" => PlanBasis.National, _ => null };
                    if (_basis is null)
                    {
                        Fail($"the basis must be nato (NATO's definition) or national (a national one), but was '{value}'.");
                    }
                    break;
            }
        }

        public PlanDefinition Build(List<PlanRowDefinition> rows, string? fileName, DataProblem where)
        {
            var ally = _ally;
            if (ally is null && fileName is { Length: >= 3 } && AllyCode.TryParse(fileName[..3], null, out var code)
                && (fileName.Length == 3 || !char.IsAsciiLetter(fileName[3])) && AllyRegistry.Find(code) is not null)
            {
                ally = code.Value; // the file is named after the ally, such as deu.csv or deu-2025-06.csv
            }
            if (ally is null)
            {
                Failed.Add("ally");
                problems.Add(where with { Message = "the plan names no ally; add the header '# ally: DEU' (JSON: \"ally\": \"DEU\") or name the file after the ally, such as deu.csv." });
            }
            return new PlanDefinition
            {
                Ally = ally,
                Title = _title,
                Published = _published,
                Announced = _announced,
                Revises = _revises,
                Source = _source,
                Basis = _basis,
                Currency = _currency,
                Years = rows,
            };
        }

        private static string Position(DataProblem at) => at.Line is { } line ? $"on line {line}" : $"at {at.JsonPath}";
    }

    /// <summary>One row's cells read as numbers, with a problem for each that is not one.</summary>
    private sealed class Cells(int index, int? line, string display, List<DataProblem> problems, HashSet<(int, string)> failed, Func<string, int, string?> get)
    {
        public string? JsonPath { get; init; }

        public PlanRowDefinition Row()
        {
            var yearText = get("year", index);
            int? year = null;
            if (yearText is not null)
            {
                if (int.TryParse(yearText, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var y))
                {
                    year = y;
                }
                else
                {
                    Fail("year", $"the year must be a whole number such as 2029, but was {Quote(yearText)}.");
                }
            }
            var label = year is { } known ? known.ToString(CultureInfo.InvariantCulture) : "the year";
            return new PlanRowDefinition
            {
                Year = year,
                CoreShare = Number("core_share", $"the core share for {label} must be a number of percent of GDP such as 3.5", percent: true),
                CoreSpending = Number("core_spending", $"the core spending for {label} must be a number of million national currency such as 152800"),
                RelatedShare = Number("related_share", $"the related share for {label} must be a number of percent of GDP such as 1.5", percent: true),
                RelatedSpending = Number("related_spending", $"the related spending for {label} must be a number of million national currency"),
                TotalShare = Number("total_share", $"the total share for {label} must be a number of percent of GDP such as 5", percent: true),
                Ukraine = Number("ukraine", $"the Ukraine contribution for {label} must be a number in the unit of its core figure"),
                EquipmentShare = Number("equipment_share", $"the equipment share for {label} must be a number of percent of defence spending such as 20", percent: true),
                Basis = RowBasis(label),
                Source = RowSource(label),
                Date = Text("date"),
                Grade = Text("grade"),
                Note = get("note", index),
            };
        }

        private string? Text(string column) => get(column, index) is { } text ? text.Trim('"').Trim() : null;

        private PlanBasis? RowBasis(string label)
        {
            var text = Text("basis");
            PlanBasis? basis = text?.ToLowerInvariant() switch { null => null, "nato" => PlanBasis.Nato, "national" => PlanBasis.National, _ => null };
            if (text is not null && basis is null)
            {
                Fail("basis", $"the basis for {label} must be nato (NATO's definition) or national (a national one), but was '{text}'.");
            }
            return basis;
        }

        private Uri? RowSource(string label)
        {
            var text = Text("source");
            if (text is null)
            {
                return null;
            }
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri;
            }
            Fail("source", $"the source for {label} must be an absolute http(s) address, but was '{text}'.");
            return null;
        }

        private decimal? Number(string column, string rule, bool percent = false)
        {
            var text = get(column, index);
            if (text is null)
            {
                return null;
            }
            var plain = percent ? text.TrimEnd().TrimEnd('%').TrimEnd() : text;
            if (decimal.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            Fail(column, $"{rule}, but was {Quote(text)}.");
            failed.Add((index, column is "core_share" or "core_spending" or "total_share" ? "core" : column is "related_share" or "related_spending" ? "related" : column));
            return null;
        }

        private void Fail(string column, string message)
        {
            failed.Add((index, column));
            problems.Add(new DataProblem(display, line, message, JsonPath is null ? null : $"{JsonPath}.{column}"));
        }

        private static string Quote(string text) => text.StartsWith('"') ? text : $"'{text}'";
    }
}
