using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Domain.Gaps;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend gap</c>: the money allies and groups lack to reach a target, in a year and at the deadline.</summary>
public static class GapCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var year = CommonOptions.Year("The year of the published shares and GDP (default: the edition's latest year).");
        var allies = CommonOptions.Allies();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("gap", "The money each ally and group lacks to reach a target: in a year at that year's GDP, and at the deadline on projected GDP if the share stays where it is; national currency, USD and EUR, with the sum of shortfalls and the group's aggregate.")
        {
            edition, year, allies, format,
        };
        options.AddTo(command, shapes: false);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var alliesText = parse.GetValue(allies)!;
            var picked = CommonOptions.ParseAllies(alliesText);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var rules = options.LoadRules(parse, catalog);
            var targets = options.ParseTargets(parse, rules);
            var projectionOptions = options.ParseProjection(parse);
            var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var y = CommonOptions.ParseYear(parse.GetValue(year), data);
            var deadline = options.ParseDeadline(parse, rules);
            RequiredPath.ValidateDeadline(deadline, data.LastYear, 2100);
            var projections = ProjectionSet.Build(data, picked, PathOptions.LoadOutlook(catalog), data.LastYear, deadline, projectionOptions);
            var report = GapReport.Build(data, y, targets, picked, GapReport.GroupsFor(alliesText, picked), projections, deadline);
            var table = GapTable.Build(report);
            var targetText = parse.GetValue(options.Target) is null ? $"the targets of {rules.Id}" : $"{targets.Default.Percent.ToString(CultureInfo.InvariantCulture)}% of GDP";
            JsonObject Json() => new()
            {
                ["edition"] = data.Edition.Id,
                ["year"] = y,
                ["deadline"] = deadline,
                ["rules"] = PathOptions.RulesAsJson(rules),
                ["target"] = targets.Default.Percent,
                ["ally_targets"] = new JsonObject(targets.ByAlly.Select(p => KeyValuePair.Create(p.Key.Value, (JsonNode?)JsonValue.Create(p.Value.Percent)))),
                ["definition"] = data.Edition.DefinitionLabel,
                ["prices"] = string.Create(CultureInfo.InvariantCulture, $"{y} columns: current prices of {y}; deadline columns: current prices of {deadline}, on projected GDP"),
                ["provenance"] = "shares and GDP in USD published; money lacking, GDP in national currency and every deadline figure derived by NatoSpend",
                ["exchange_rate"] = Rate(report.Rate),
                ["deadline_exchange_rate"] = report.DeadlineRate is { } dr ? Rate(dr) : null,
                ["source"] = ReportWriter.EditionAsJson(data.Edition),
                ["allies"] = ReportWriter.RowsAsJson(table),
                ["not_reported"] = new JsonArray([.. report.NotReported.Select(a => (JsonNode)new JsonObject { ["ally"] = a.Code.Value, ["reason"] = a.NoDataReason ?? "no figure for this year" })]),
                ["totals"] = new JsonArray([.. report.Totals.Select(t => (JsonNode)new JsonObject
                {
                    ["group"] = t.Group,
                    ["allies"] = t.Allies,
                    ["share_pct"] = Math.Round(t.SharePct, 4),
                    ["sum_of_shortfalls_usd_m"] = Math.Round(t.SumOfShortfallsUsd.Millions, 1),
                    ["aggregate_gap_usd_m"] = Math.Round(t.AggregateGapUsd.Millions, 1),
                    ["sum_of_shortfalls_eur_m"] = Math.Round(t.SumOfShortfallsEur.Millions, 1),
                    ["aggregate_gap_eur_m"] = Math.Round(t.AggregateGapEur.Millions, 1),
                    ["deadline_sum_of_shortfalls_usd_m"] = t.SumAtDeadlineUsd is { } s ? Math.Round(s.Millions, 1) : null,
                    ["deadline_aggregate_gap_usd_m"] = t.AggregateAtDeadlineUsd is { } n ? Math.Round(n.Millions, 1) : null,
                    ["prices"] = "million USD (and EUR), current prices; aggregate = sum of (target − share) × GDP, allies above offsetting those below",
                })]),
                ["assumptions"] = PathOptions.LinesAsJson(projections.Assumptions.Lines()),
                ["columns"] = ReportWriter.ColumnsAsJson(table),
                ["notes"] = PathOptions.LinesAsJson(table.Notes),
            };
            if (export.Handle(context, parse, outputFormat, [new("Gap", table)],
                ExportOptions.Sources(parse, string.Create(CultureInfo.InvariantCulture, $"Money lacking to reach {targetText} in {y} and by {deadline}, NATO edition {data.Edition.Id}"), data.Edition,
                    projections.Assumptions.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, table, Json,
                string.Create(CultureInfo.InvariantCulture, $"Money lacking to reach {targetText}: {y}{(data.EstimateYears.Contains(y) ? "e" : "")} at {y} GDP, and {deadline} at projected GDP with {data.LastYear} shares held; NATO edition {data.Edition.Id}"),
                ["edition", "definition", "prices"]);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static JsonObject Rate(EuroRate rate) => new()
    {
        ["year"] = rate.Year,
        ["eur_per_usd"] = Math.Round(rate.EurPerUsd, 6),
        ["basis"] = rate.Basis,
    };
}
