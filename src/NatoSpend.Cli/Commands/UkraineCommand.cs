using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Ukraine;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Ukraine;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend ukraine</c>: allies' military aid to Ukraine (Kiel) beside their NATO figures.</summary>
public static class UkraineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year("The year, 2022 on (default: the latest complete year in both the tracker and the edition).");
        var edition = CommonOptions.Edition();
        var allies = CommonOptions.Allies();
        var format = CommonOptions.Format();
        var command = new Command("ukraine", "Military aid to Ukraine per ally and year (Kiel Institute), in EUR and national currency, as a share of GDP and of NATO core spending; a component of NATO's figures, never added on top.")
        {
            year, edition, allies, format,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var picked = CommonOptions.ParseAllies(parse.GetValue(allies)!);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var ledger = KielReader.Read(catalog.Folder);
            var y = ParseYear(parse.GetValue(year), ledger, data.LastYear);
            var result = UkraineReport.Build(ledger, data, y, picked);
            if (export.Handle(context, parse, outputFormat, [new("Ukraine", result.Table)],
                ExportOptions.Sources(parse, $"Military aid to Ukraine {ledger.YearLabel(y)}, Kiel {ledger.Release}, beside NATO edition {data.Edition.Id}", data.Edition,
                    others: [$"Kiel Institute for the World Economy, Ukraine Support Tracker, {ledger.Release} (data to {ledger.DataThrough.ToString("yyyy-MM", CultureInfo.InvariantCulture)}); cite Trebesch et al. (2023) and the release."])))
            {
                return ExitCodes.Ok;
            }
            switch (outputFormat)
            {
                case OutputFormat.Csv:
                    ReportWriter.WriteCsv(context.Out, result.Table);
                    break;
                case OutputFormat.Json:
                    ReportWriter.WriteJson(context.Out, UkraineJson.Build(result, ledger, data.Edition));
                    break;
                default:
                    ReportWriter.WriteTable(context.Console, result.Table,
                        $"Military aid to Ukraine {ledger.YearLabel(y)}, Kiel {ledger.Release}, beside NATO edition {data.Edition.Id}");
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int ParseYear(string? text, UkraineLedger ledger, int editionLastYear)
    {
        return text is null ? UkraineJson.DefaultYear(ledger, editionLastYear) : CommonOptions.Usage(() => UserInput.TrackerYear(text, ledger));
    }
}
