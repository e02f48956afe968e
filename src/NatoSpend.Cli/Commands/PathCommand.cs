using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend path DEU</c>: the year-by-year path from the published base share to a target by a deadline.</summary>
public static class PathCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string?>("ally") { Description = "The ally's ISO3 code, such as DEU (or use --allies).", Arity = ArgumentArity.ZeroOrOne };
        var allies = new Option<string?>("--allies") { Description = "Several allies instead of one: ISO3 codes separated by commas, or all, europe-canada, europe, eu." };
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("path", "A required path from the published base-year share to a target by a deadline: share, spending (national currency, USD current and 2021 prices), step, real growth and extra spending against holding the share, year by year, with the GDP assumptions.")
        {
            code, allies, edition, format,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var picked = PickAllies(parse.GetValue(code), parse.GetValue(allies));
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var rules = options.LoadRules(parse, catalog);
            var targets = options.ParseTargets(parse, rules);
            var shape = options.ParseShape(parse, rules);
            var parameters = options.ParseParameters(parse, rules);
            var projectionOptions = options.ParseProjection(parse);
            var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var baseYear = options.ParseBaseYear(parse, data);
            var deadline = options.ParseDeadline(parse, rules);
            RequiredPath.ValidateDeadline(deadline, baseYear, Years.Last);
            if (PathReport.Reported(data, picked, baseYear).Count == 0)
            {
                throw new UsageException(PathReport.NoBaseShareMessage(data, picked[0], baseYear) + "; choose another ally or --from-year.");
            }
            var report = PathReport.Build(data, options.LoadOutlook(parse, catalog), rules, picked, targets, shape, parameters, baseYear, deadline, projectionOptions);
            var (paths, table, skipped, projections) = (report.Paths, report.Table, report.NotReported, report.Projections);
            var single = paths.Count == 1 && parse.GetValue(allies) is null;
            string Title() => single
                ? string.Create(CultureInfo.InvariantCulture, $"{paths[0].Ally.Name} ({paths[0].Ally.Code}): {PathShapes.Name(shape)} path from {paths[0].BaseShare.Percent:0.00}% in {baseYear} (published, NATO edition {data.Edition.Id}) to {paths[0].Target.Percent:0.00}% by {deadline}; rules {rules.Id}; GDP and exchange rates on the {projections.Assumptions.Outlook}")
                : string.Create(CultureInfo.InvariantCulture, $"{PathShapes.Name(shape)} paths from {baseYear} (NATO edition {data.Edition.Id}) to each ally's target by {deadline}; rules {rules.Id}; GDP and exchange rates on the {projections.Assumptions.Outlook}");
            JsonObject Json() => report.ToJson(single);
            if (export.Handle(context, parse, outputFormat, [new("Path", table)],
                ExportOptions.Sources(parse, Title(), data.Edition, projections.Assumptions.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, table, Json, Title(), PathTable.LabelKeys);
            if (outputFormat == OutputFormat.Table)
            {
                foreach (var line in skipped)
                {
                    context.Console.WriteLine(line);
                }
                context.Console.WriteLine("Assumptions:");
                foreach (var line in projections.Assumptions.Lines())
                {
                    context.Console.WriteLine("  " + line);
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<Ally> PickAllies(string? code, string? allies)
    {
        if (code is not null && allies is not null)
        {
            throw new UsageException($"Name one ally ('{code}') or --allies '{allies}', not both.");
        }
        if (code is null && allies is null)
        {
            throw new UsageException("Name an ally, such as 'natospend path DEU', or several with --allies (all, europe, DEU,POL).");
        }
        return CommonOptions.ParseAllies(code ?? allies!);
    }
}
