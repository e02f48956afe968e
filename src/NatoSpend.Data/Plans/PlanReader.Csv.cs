using System.Globalization;
using System.Text.RegularExpressions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Data.Plans;

public static partial class PlanReader
{
    /// <summary>Parses a CSV plan: optional <c># key: value</c> header lines, then a header row and one row per year.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="fileName">The file name, whose first three letters name the ally when the file has no <c># ally:</c> line; or <c>null</c>.</param>
    /// <exception cref="DataFileException">The text is not a valid plan; every problem is listed with its line.</exception>
    public static Plan ParseCsv(string text, string display, string? fileName = null) => Plan.Create(ParseCsvDefinition(text, display, fileName));

    /// <summary>Parses a CSV plan into its definition, year entry by year entry as the file gives them, checked as <see cref="ParseCsv"/> checks it.</summary>
    /// <remarks>The definition, unlike the <see cref="Plan"/>, keeps the file's entries, so it can be written again (<see cref="PlanWriter"/>).</remarks>
    /// <param name="text">The file's text.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="fileName">The file name, whose first three letters name the ally when the file has no <c># ally:</c> line; or <c>null</c>.</param>
    /// <exception cref="DataFileException">The text is not a valid plan; every problem is listed with its line.</exception>
    public static PlanDefinition ParseCsvDefinition(string text, string display, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(display);
        if (text.Length > FileLimits.Plan)
        {
            throw BoundedFile.TooLarge(display, FileLimits.Plan, "plan file", null);
        }
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
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
            using var reader = CsvInput.OpenText(body, display, headerLine);
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
                    rows.Add(new YearReader(index, new CsvYearFields(cells), _ => new DataProblem(display, line, ""), problems, parseFailed).Row());
                    rowLines.Add(line);
                }
            }
        }

        var definition = header.Build(rows, fileName, new DataProblem(display, 1, ""));
        return Checked(definition, problems, parseFailed, header, (row, field, message) => row is { } r
            ? new DataProblem(display, rowLines[r], message)
            : header.Where(field, new DataProblem(display, 1, message)));
    }

    [GeneratedRegex(@"^#\s*([A-Za-z_]+)\s*:\s*(.*)$")]
    private static partial Regex KeyLine();

    /// <summary>A CSV row's cells by column name; a blank cell is an absent field.</summary>
    private sealed class CsvYearFields(Dictionary<string, string> cells) : IYearFields
    {
        public FieldValue<int> WholeNumber(string column) => Cell(column) switch
        {
            null => default,
            var text when int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var whole) => new(whole, null),
            var text => new(null, AsWritten(text)),
        };

        public FieldValue<decimal> Number(string column)
        {
            if (Cell(column) is not { } text)
            {
                return default;
            }
            // People write shares with a percent sign (3.5%); the column already says the unit.
            var plain = column.EndsWith("_share", StringComparison.Ordinal) ? text.TrimEnd().TrimEnd('%').TrimEnd() : text;
            return decimal.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? new(number, null) : new(null, AsWritten(text));
        }

        // The note is kept as written; the other text columns drop quotes at their ends, which a cell with a space before its quote still has.
        public string? Text(string column) => column == "note" ? Cell(column) : Cell(column)?.Trim('"').Trim();

        private string? Cell(string column) => cells.TryGetValue(column, out var cell) && cell.Trim().Length > 0 ? cell.Trim() : null;

        // A cell still in quotes shows them; any other is put in single quotes.
        private static string AsWritten(string text) => text.StartsWith('"') ? text : $"'{text}'";
    }
}
