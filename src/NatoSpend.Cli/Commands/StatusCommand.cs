using System.CommandLine;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Ukraine;
using NatoSpend.Domain.Reporting;
using NatoSpend.Domain.Status;
using NatoSpend.Domain.Ukraine;

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
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            var goal = CommonOptions.ParseTarget(parse.GetValue(target)!);
            var picked = CommonOptions.ParseAllies(parse.GetValue(allies)!);
            var order = ParseSort(parse.GetValue(sort)!);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var report = StatusReport.Build(data, CommonOptions.ParseYear(parse.GetValue(year), data), goal, picked, order);
            var table = StatusTable.Build(report);
            if (parse.GetValue(ukraine))
            {
                var aid = UkraineReport.Build(KielReader.Read(catalog.Folder), data, report.Year, [.. report.Rows.Select(r => r.Ally)]).Table;
                table = table.WithColumnsFrom(aid, "ally", ["military_aid_eur_m", "aid_pct_gdp", "share_without_aid"], aid.Notes.Skip(1));
            }
            Write(context, report, table, outputFormat);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static StatusSort ParseSort(string text) => Enum.TryParse<StatusSort>(text.Trim(), ignoreCase: true, out var sort) && !int.TryParse(text, out _)
        ? sort
        : throw new UsageException($"The sort '{text}' is not a column status sorts by; use share, name, gap, change or spending.");

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
