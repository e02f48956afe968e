using System.CommandLine;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Ukraine;
using NatoSpend.Domain.Status;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Status;
using NatoSpend.Reporting.Ukraine;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend status</c>: where each ally stands in a year of an edition, against a target.</summary>
public static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var year = CommonOptions.Year("The year (default: the edition's latest year).");
        var target = CommonOptions.Target();
        var allies = CommonOptions.Allies();
        var sort = new Option<string>("--sort")
        {
            Description = "Sort by share (default), name, gap, change or spending.",
            DefaultValueFactory = _ => "share",
        };
        var ukraine = new Option<bool>("--ukraine")
        {
            Description = "Add Kiel's military aid to Ukraine (EUR, % of GDP) and the share without it (an estimate); NATO's figures already include the aid, so it is never added on top.",
        };
        var format = CommonOptions.Format();
        var command = new Command("status", "Where each ally stands: share of GDP, money, per capita, equipment, personnel, and the gap to a target.")
        {
            edition, year, target, allies, sort, ukraine, format,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var goal = CommonOptions.ParseTarget(parse.GetValue(target)!);
            var picked = CommonOptions.ParseAllies(parse.GetValue(allies)!);
            var order = ParseSort(parse.GetValue(sort)!);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var report = StatusReport.Build(data, CommonOptions.ParseYear(parse.GetValue(year), data), goal, picked, order);
            var table = StatusTable.Build(report);
            if (parse.GetValue(ukraine))
            {
                table = UkraineReport.WithAidColumns(table, report, KielReader.Read(catalog.Folder), data);
            }
            var title = $"Defence spending {report.Year}{(report.Rows.Any(r => r.Estimate) ? "e" : "")}, NATO edition {report.Edition.Id} ({report.Edition.DefinitionLabel}), target {report.Target.Percent}% of GDP";
            if (export.Handle(context, parse, outputFormat, [new("Status", table)], ExportOptions.Sources(parse, title, report.Edition,
                others: parse.GetValue(ukraine) ? ["Military aid: Kiel Institute for the World Economy, Ukraine Support Tracker (see 'natospend ukraine --cite')."] : null)))
            {
                return ExitCodes.Ok;
            }
            Write(context, report, table, outputFormat);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static StatusSort ParseSort(string text) => CommonOptions.Usage(() => UserInput.Sort(text));

    private static void Write(CliContext context, StatusReport report, ReportTable table, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                ReportWriter.WriteCsv(context.Out, table);
                break;
            case OutputFormat.Json:
                ReportWriter.WriteJson(context.Out, ToJson(report, table));
                break;
            default:
                ReportWriter.WriteTable(context.Console, table,
                    $"Defence spending {report.Year}{(report.Rows.Any(r => r.Estimate) ? "e" : "")}, NATO edition {report.Edition.Id} ({report.Edition.DefinitionLabel}), target {report.Target.Percent}% of GDP");
                break;
        }
    }

    /// <summary>The status report as one JSON object (see <see cref="StatusJson.Build"/>, shared with the REST API).</summary>
    public static JsonObject ToJson(StatusReport report, ReportTable table) => StatusJson.Build(report, table);
}
