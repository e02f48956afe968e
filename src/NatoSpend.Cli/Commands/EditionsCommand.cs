using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Editions;
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
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            if (export.Handle(context, parse, outputFormat, [new("Editions", CatalogJson.Table(catalog))], ExportOptions.Sources(parse, "The datasets that ship with NatoSpend", null)))
            {
                return ExitCodes.Ok;
            }
            if (outputFormat == OutputFormat.Json)
            {
                ReportWriter.WriteJson(context.Out, CatalogJson.Build(catalog));
                return ExitCodes.Ok;
            }
            if (outputFormat == OutputFormat.Csv)
            {
                var table = CatalogJson.Table(catalog);
                ReportWriter.WriteCsv(context.Out, table);
                return ExitCodes.Ok;
            }
            foreach (var entry in catalog.Entries)
            {
                var e = entry.Edition;
                var isDefault = e.Id == catalog.Newest.Id ? " (default)" : "";
                context.Console.Write(new Rule($"[bold]{Markup.Escape(e.Id)}[/]{isDefault}") { Justification = Justify.Left });
                var grid = new Grid().AddColumn().AddColumn();
                grid.AddRow("Title", Markup.Escape(e.Title));
                grid.AddRow("Publisher", Markup.Escape(e.Publisher));
                grid.AddRow("Published", e.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                grid.AddRow("Cut-off", e.CutOff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not stated");
                grid.AddRow("Definition", e.DefinitionLabel);
                grid.AddRow("Prices", Markup.Escape(e.Prices));
                grid.AddRow("Coverage", Markup.Escape(e.Coverage));
                grid.AddRow("Address", Markup.Escape(e.Url.ToString()));
                grid.AddRow("Terms", Markup.Escape(e.Terms));
                context.Console.Write(grid);
                context.Console.WriteLine();
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
