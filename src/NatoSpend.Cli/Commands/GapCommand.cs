using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Domain;
using NatoSpend.Domain.Gaps;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting.Gaps;
using NatoSpend.Reporting.Paths;

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
            RequiredPath.ValidateDeadline(deadline, data.LastYear, Years.Last);
            var projections = ProjectionSet.Build(data, picked, options.LoadOutlook(parse, catalog), data.LastYear, deadline, projectionOptions);
            var report = GapReport.Build(data, y, targets, picked, GapReport.GroupsFor(alliesText, picked), projections, deadline);
            var table = GapTable.Build(report);
            var targetText = parse.GetValue(options.Target) is null ? $"the targets of {rules.Id}" : $"{targets.Default.Percent.ToString(CultureInfo.InvariantCulture)}% of GDP";
            JsonObject Json() => GapJson.Build(report, table, rules, deadline, projections.Assumptions.Lines());
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
}
