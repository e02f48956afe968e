using System.CommandLine;
using System.Globalization;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Import;
using NatoSpend.Reporting.Inputs;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend import sipri|nato|weo FILE</c>: a publisher's own file into the data folder (<c>--data DIR</c>, or the one NatoSpend reads), as a new entry beside the old ones.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command and its three subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Read a publisher's own file into the data folder (--data DIR, default the one NatoSpend reads) as a new release, edition or vintage beside the old ones, registered in editions.json; never overwrites a file or an entry.")
        {
            Sub(context, "sipri", "SIPRI's Military Expenditure Database workbook (SIPRI-Milex-data-1949-2025_v1.2.xlsx) into sipri/ as a release, such as sipri-2025.", nato: false),
            Sub(context, "nato", "NATO's workbook of the Defence Expenditure of NATO Countries tables (sheets 'Table 1' to 'Table 8b') into nato/ as an edition, such as 2026.", nato: true),
            Sub(context, "weo", "The IMF's World Economic Outlook full-database export (WEOApr2026all.xls, tab-separated) into macro/ as a vintage, such as weo-2026-04.", nato: false),
        };
        return command;
    }

    private static Command Sub(CliContext context, string source, string description, bool nato)
    {
        var file = new Argument<string>("FILE") { Description = "The publisher's file, as downloaded." };
        var id = new Option<string?>("--id") { Description = "The new entry's id (default: from the file, such as sipri-2025, 2026 or weo-2026-04); it names the files written too." };
        var published = new Option<string?>("--published") { Description = "The publication date, yyyy-MM-dd (default: when the workbook was last saved; required for a WEO export)." };
        var format = new Option<string>("--format") { Description = "Output format: table or json.", DefaultValueFactory = _ => "table" };
        var command = new Command(source, description) { file, id, published, format };
        var cutoff = new Option<string?>("--cutoff") { Description = "NATO's information cut-off date, yyyy-MM-dd." };
        var definition = new Option<string?>("--definition") { Description = "NATO's definition: core (the Hague basis, 2026 edition on; default) or old (the 2% guideline)." };
        var via = new Option<string?>("--via") { Description = "Where the workbook was read from, for the via column (default: its file name)." };
        if (nato)
        {
            command.Options.Add(cutoff);
            command.Options.Add(definition);
            command.Options.Add(via);
        }
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            if (outputFormat is not (OutputFormat.Table or OutputFormat.Json))
            {
                throw new UsageException($"natospend import writes its summary as table or json, not '{parse.GetValue(format)}'.");
            }
            var request = new ImportVerb.Request(source, parse.GetValue(file)!, parse.GetValue(id), parse.GetValue(published),
                nato ? parse.GetValue(cutoff) : null, nato ? parse.GetValue(definition) : null, nato ? parse.GetValue(via) : null);
            var result = ImportVerb.Run(request, context.Catalog(parse.GetValue(CommonOptions.Data)), Face.Cli);
            if (outputFormat == OutputFormat.Json)
            {
                ReportWriter.WriteJson(context.Out, result.Answer);
                return ExitCodes.Ok;
            }
            var answer = result.Answer;
            context.Out.WriteLine($"Imported {answer.Edition.Id}: {answer.Edition.Title} ({answer.Edition.Publisher}, published {answer.Edition.Published}).");
            foreach (var written in answer.Files)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrote {written.Path} ({written.Rows:N0} rows)"));
            }
            context.Out.WriteLine($"  registered {answer.Edition.Id} in editions.json; read it with: {answer.Next}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
