using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Status;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend alliance</c>: every ally on a chosen path shape to the deadline, summed year by year.</summary>
public static class AllianceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var allies = CommonOptions.Allies();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("alliance", "All allies on one path shape to the deadline, year by year: total spending (USD current and 2021 prices), Europe and Canada against the United States, the US share, and how many allies meet each threshold.")
        {
            edition, allies, format,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var picked = CommonOptions.ParseAllies(parse.GetValue(allies)!);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var rules = options.LoadRules(parse, catalog);
            var targets = options.ParseTargets(parse, rules);
            var shape = options.ParseShape(parse, rules);
            var parameters = options.ParseParameters(parse, rules);
            var projectionOptions = options.ParseProjection(parse);
            var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var baseYear = options.ParseBaseYear(parse, data);
            var deadline = options.ParseDeadline(parse, rules);
            var rollUp = AllianceRollUp.Build(data, options.LoadOutlook(parse, catalog), rules, picked, targets, shape, parameters, baseYear, deadline, projectionOptions);
            var (table, projections) = (rollUp.Table, rollUp.Projections);
            JsonObject Json() => rollUp.ToJson(rules, data.Edition);
            if (export.Handle(context, parse, outputFormat, [new("Alliance", table)],
                ExportOptions.Sources(parse, string.Create(CultureInfo.InvariantCulture, $"The alliance on {PathShapes.Name(shape)} paths from {baseYear} to {deadline} (rules {rules.Id}, NATO edition {data.Edition.Id})"), data.Edition,
                    projections.Assumptions.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, table, Json,
                string.Create(CultureInfo.InvariantCulture, $"The alliance on {PathShapes.Name(shape)} paths from {baseYear} to {deadline} (rules {rules.Id}, NATO edition {data.Edition.Id}, {projections.Assumptions.Outlook}); USD million"),
                ["shape", "rules", "edition", "definition", "prices", "outlook"]);
            if (outputFormat == OutputFormat.Table)
            {
                context.Console.WriteLine("Assumptions:");
                foreach (var line in projections.Assumptions.Statements)
                {
                    context.Console.WriteLine("  " + line);
                }
                context.Console.WriteLine("  Per-ally growth and exchange rates: see 'natospend path --allies all' or --format json.");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
