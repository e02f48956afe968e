using System.Text.RegularExpressions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Plans;
using nietras.SeparatedValues;

namespace NatoSpend.Data.Plans;

public static partial class PlanReader
{
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

    [GeneratedRegex(@"^#\s*([A-Za-z_]+)\s*:\s*(.*)$")]
    private static partial Regex KeyLine();
}
