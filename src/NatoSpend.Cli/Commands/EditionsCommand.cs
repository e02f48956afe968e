using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Editions;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend editions</c>: the datasets with their provenance.</summary>
public static class EditionsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("editions", "The datasets that ship (NATO editions, SIPRI), with title, dates, definition, prices, address and terms.") { format };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var result = EditionsVerb.List(context.Sources(parse.GetValue(CommonOptions.Data)));
            if (export.Handle(context, parse, outputFormat, [new("Editions", result.Table)], ExportOptions.Sources(parse, "The datasets that ship with NatoSpend", null)))
            {
                return ExitCodes.Ok;
            }
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    ReportWriter.WriteJson(context.Out, result.Answer);
                    break;
                case OutputFormat.Csv:
                    ReportWriter.WriteCsv(context.Out, result.Table);
                    break;
                default:
                    WriteCards(context.Console, result.Answer);
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    // One card per dataset: the provenance reads better as label and value than as a wide table.
    private static void WriteCards(IAnsiConsole console, CatalogAnswer catalog)
    {
        foreach (var e in catalog.Editions)
        {
            var isDefault = e.Id == catalog.Default ? " (default)" : "";
            console.Write(new Rule($"[bold]{Markup.Escape(e.Id)}[/]{isDefault}") { Justification = Justify.Left });
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("Title", Markup.Escape(e.Title));
            grid.AddRow("Publisher", Markup.Escape(e.Publisher));
            grid.AddRow("Published", e.Published);
            grid.AddRow("Cut-off", e.Cutoff ?? "not stated");
            grid.AddRow("Definition", e.Definition);
            grid.AddRow("Prices", Markup.Escape(e.Prices));
            grid.AddRow("Coverage", Markup.Escape(e.Coverage));
            grid.AddRow("Address", Markup.Escape(e.Url));
            grid.AddRow("Terms", Markup.Escape(e.Terms));
            console.Write(grid);
            console.WriteLine();
        }
    }
}
