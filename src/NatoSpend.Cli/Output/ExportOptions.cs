using System.CommandLine;
using System.Globalization;
using System.Text;
using NatoSpend.Domain.Editions;
using NatoSpend.Export.Citations;
using NatoSpend.Export.Csvw;
using NatoSpend.Export.Files;
using NatoSpend.Export.Spreadsheets;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Cli.Output;

/// <summary>The options every command with tabular output shares for leaving the tool: <c>--out</c>, <c>--force</c> and <c>--cite</c>, and how <c>--format xlsx</c> is written.</summary>
public sealed class ExportOptions
{
    /// <summary><c>--out FILE</c>.</summary>
    public Option<string?> Out { get; } = new("--out")
    {
        Description = "The file to write with --format xlsx (a workbook is never written to the terminal), or with --format csv (FILE.csv, and its CSVW metadata FILE.csv-metadata.json beside it). The name is yours: NatoSpend never builds one from its input.",
    };

    /// <summary><c>--force</c>.</summary>
    public Option<bool> Force { get; } = new("--force") { Description = "Overwrite the --out file (and the metadata beside a CSV) if it exists (without it, an existing file is left alone)." };

    /// <summary><c>--cite</c>.</summary>
    public Option<bool> Cite { get; } = new("--cite")
    {
        Description = "Print a ready-to-paste citation of the figures used (source, edition, tables, date; 'calculated by NatoSpend' for derived values) instead of the figures.",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Out);
        command.Options.Add(Force);
        command.Options.Add(Cite);
    }

    // The files checked before anything was computed: the write uses them rather than checking again, so that a file that
    // appears meanwhile is a failed write (exit 1, nothing overwritten), not a usage error.
    private OutputFile? _workbook;
    private (OutputFile Csv, OutputFile Metadata)? _csv;

    /// <summary>Checks the output options before anything is computed: xlsx needs <c>--out</c>, and <c>--out</c> is only for xlsx and csv.</summary>
    public void Validate(ParseResult parse, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(Cite))
        {
            return;
        }
        if (format == OutputFormat.Xlsx)
        {
            if (parse.GetValue(Out) is null)
            {
                throw new UsageException("--format xlsx writes a binary workbook, which is never sent to the terminal; give the file with --out, such as --out status.xlsx.");
            }
            _workbook = OutFile(parse, [OutputKind.Xlsx]);
        }
        else if (format == OutputFormat.Csv && parse.GetValue(Out) is not null)
        {
            _csv = CsvFiles(parse);
        }
        else if (parse.GetValue(Out) is { } path)
        {
            throw new UsageException($"--out '{path}' writes a workbook with --format xlsx, or CSV with its metadata with --format csv; for table or json output, redirect it instead (> file.json).");
        }
    }

    /// <summary>The checked CSV file and the CSVW metadata file beside it (<c>FILE.csv-metadata.json</c>), both under the <c>--force</c> rule.</summary>
    private (OutputFile Csv, OutputFile Metadata) CsvFiles(ParseResult parse)
    {
        var csv = OutFile(parse, [OutputKind.Csv]);
        var given = parse.GetValue(Out)!;
        return (csv, CommonOptions.Usage(() => csv.Beside(given, CsvwMetadata.Suffix, OutputKind.Json)));
    }

    /// <summary>The checked <c>--out</c> file; a usage error when it is missing, of the wrong kind or exists without <c>--force</c>.</summary>
    public OutputFile OutFile(ParseResult parse, IReadOnlyList<OutputKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return CommonOptions.Usage(() => OutputFile.Check(parse.GetValue(Out), kinds, parse.GetValue(Force)));
    }

    /// <summary>
    /// Prints the citation for <c>--cite</c>, writes the workbook for <c>--format xlsx</c>, or writes the first sheet's table as CSV with
    /// its CSVW metadata for <c>--format csv --out</c>; <c>true</c> when it did one, so that the command writes nothing else.
    /// </summary>
    /// <remarks>The first sheet is the table the command writes for <c>--format csv</c>, so the file holds the same bytes as standard output would.</remarks>
    public bool Handle(CliContext context, ParseResult parse, OutputFormat format, IReadOnlyList<XlsxSheet> sheets, ExportSources sources)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(sheets);
        if (parse.GetValue(Cite))
        {
            foreach (var line in Citation.Lines([.. sheets.Select(s => s.Table)], sources))
            {
                context.Out.WriteLine(line);
            }
            return true;
        }
        if (format == OutputFormat.Csv && parse.GetValue(Out) is { } given)
        {
            var (csv, metadata) = _csv ?? CsvFiles(parse);
            var table = sheets[0].Table;
            csv.Write(stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                ReportCsv.Write(writer, table);
            });
            var json = CsvwMetadata.ToText(CsvwMetadata.Build(table, Path.GetFileName(csv.Path), sources));
            metadata.Write(stream => stream.Write(Encoding.UTF8.GetBytes(json)));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {given} ({table.Rows.Count} rows) and {given}{CsvwMetadata.Suffix} (CSVW metadata: each column's title, unit, source and provenance)."));
            return true;
        }
        if (format != OutputFormat.Xlsx)
        {
            return false;
        }
        var file = _workbook ?? OutFile(parse, [OutputKind.Xlsx]);
        file.Write(stream => XlsxWorkbook.Write(stream, sheets, sources));
        context.Out.WriteLine($"Wrote {parse.GetValue(Out)}: {string.Join(", ", sheets.Select(s => $"{s.Name} ({s.Table.Rows.Count} rows)"))} and {XlsxWorkbook.SourcesSheet}.");
        return true;
    }

    /// <summary>Sources for a one-table view from an edition.</summary>
    public static ExportSources Sources(ParseResult parse, string title, Edition? edition, IEnumerable<string>? assumptions = null, IEnumerable<string>? others = null) =>
        new(title, CommandLine(parse), edition, [.. assumptions ?? []], [.. others ?? []]);

    /// <summary>The command line as typed, for "made with".</summary>
    public static string CommandLine(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var words = new List<string> { "natospend" };
        for (var c = parse.CommandResult; c is not null && c.Command is not RootCommand; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            words.Insert(1, c.Command.Name);
        }
        words.AddRange(parse.Tokens.Where(t => t.Type != System.CommandLine.Parsing.TokenType.Command).Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"'{t.Value}'" : t.Value));
        return string.Join(' ', words);
    }
}
