using System.CommandLine;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Domain.Reporting;
using NatoSpend.Domain.Status;

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
        var format = CommonOptions.Format();
        var command = new Command("status", "Where each ally stands: share of GDP, money, per capita, equipment, personnel, and the gap to a target.")
        {
            edition, year, target, allies, sort, format,
        };
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            var goal = CommonOptions.ParseTarget(parse.GetValue(target)!);
            var picked = CommonOptions.ParseAllies(parse.GetValue(allies)!);
            var order = ParseSort(parse.GetValue(sort)!);
            var data = CommandRunner.LoadEdition(context.Catalog(parse.GetValue(CommonOptions.Data)), parse.GetValue(edition));
            var report = StatusReport.Build(data, CommonOptions.ParseYear(parse.GetValue(year), data), goal, picked, order);
            Write(context, report, outputFormat);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static StatusSort ParseSort(string text) => Enum.TryParse<StatusSort>(text.Trim(), ignoreCase: true, out var sort) && !int.TryParse(text, out _)
        ? sort
        : throw new UsageException($"The sort '{text}' is not a column status sorts by; use share, name, gap, change or spending.");

    private static void Write(CliContext context, StatusReport report, OutputFormat format)
    {
        var table = StatusTable.Build(report);
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

    /// <summary>The status report as one JSON object: edition, year, target, allies, counts, totals, labels.</summary>
    public static JsonObject ToJson(StatusReport report, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Totals;
        return new JsonObject
        {
            ["edition"] = report.Edition.Id,
            ["year"] = report.Year,
            ["target"] = report.Target.Percent,
            ["definition"] = report.Edition.DefinitionLabel,
            ["prices"] = report.Edition.Prices,
            ["source"] = ReportWriter.EditionAsJson(report.Edition),
            ["allies"] = ReportWriter.RowsAsJson(table),
            ["not_reported"] = new JsonArray([.. report.NotReported.Select(a => (JsonNode)new JsonObject
            {
                ["ally"] = a.Code.Value,
                ["name"] = a.Name,
                ["reason"] = a.NoDataReason ?? "no figure in this edition for this year",
            })]),
            ["counts"] = new JsonArray([.. report.Counts.Select(c => (JsonNode)new JsonObject
            {
                ["threshold"] = c.Threshold.Percent,
                ["at_or_above"] = c.AtOrAbove,
                ["of"] = c.Of,
                ["rule"] = "share rounded to 2 decimals, as NATO counts",
            })]),
            ["totals"] = new JsonObject
            {
                ["nato_total_usd_m"] = t.NatoTotalUsd?.Millions,
                ["europe_canada_usd_m"] = t.EuropeCanadaUsd?.Millions,
                ["us_share_of_nato_pct"] = t.UsShareOfNatoPct is { } us ? Math.Round(us, 2) : null,
                ["allies_shown_usd_m"] = t.SelectedSumUsd?.Millions,
                ["allies_shown_shortfall_usd_m"] = t.SelectedShortfallUsd is { } g ? Math.Round(g.Millions, 1) : null,
                ["prices"] = "USD million, current prices and exchange rates; NATO totals published, US share and sums derived",
            },
            ["columns"] = ReportWriter.ColumnsAsJson(table),
            ["notes"] = new JsonArray([.. table.Notes.Select(n => (JsonNode)JsonValue.Create(n))]),
        };
    }
}
