using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Capability;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Capability;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using Spectre.Console;
using static System.FormattableString;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend personnel DEU [--add 60000]</c>: what a service member costs, and what adding many would cost against a path's extra money.</summary>
public static class PersonnelCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string?>("ally") { Description = "The ally's ISO3 code, such as DEU (or use --allies with --add to spread a need).", Arity = ArgumentArity.ZeroOrOne };
        var allies = new Option<string?>("--allies") { Description = "Spread an alliance-level need (--add) over these allies: ISO3 codes or all, europe-canada, europe, eu." };
        var add = new Option<string?>("--add") { Description = "Service members to add by the deadline, such as 60000 (without it: the ally's personnel economics, year by year)." };
        var ramp = new Option<string>("--ramp") { Description = "How they arrive: linear (the same number each year, default) or immediate.", DefaultValueFactory = _ => "linear" };
        var key = new Option<string>("--key") { Description = "How --allies spreads the need: population (default), gdp or personnel, from NATO's base-year figures.", DefaultValueFactory = _ => "population" };
        var unitCosts = new Option<string?>("--unit-costs") { Description = "A JSON file of unit costs with sources (see data/capability/README.md); without one, the cost of a member is derived from the ally's NATO figures." };
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("personnel", "Personnel economics from NATO's tables (spending per service member, equipment per member), and the yearly cost of adding service members on a ramp, in money, in pp of GDP and as a share of a path's extra spending.")
        {
            code, allies, add, ramp, key, unitCosts, edition, format,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var addText = parse.GetValue(add);
            if (addText is null)
            {
                if (parse.GetValue(code) is not { } one)
                {
                    throw new UsageException("Name an ally, such as 'natospend personnel DEU', or give --add with --allies to spread a need.");
                }
                var ally = AllyCommand.ParseAlly(one);
                var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
                var economics = PersonnelTable.Build(data, ally);
                if (export.Handle(context, parse, outputFormat, [new("Personnel", economics)],
                    ExportOptions.Sources(parse, $"{ally.Name} ({ally.Code}): personnel economics, NATO edition {data.Edition.Id}", data.Edition)))
                {
                    return ExitCodes.Ok;
                }
                PathOptions.Write(context, outputFormat, economics, () => PersonnelReport.EconomicsJson(data, ally, economics), $"{ally.Name} ({ally.Code}): personnel economics, NATO edition {data.Edition.Id}", ["edition", "definition", "prices"]);
                return ExitCodes.Ok;
            }

            var count = ParseCount(addText);
            var rampValue = CommonOptions.Usage(() => UserInput.Ramp(parse.GetValue(ramp)!));
            var picked = PickAllies(parse.GetValue(code), parse.GetValue(allies));
            var spreadKey = CommonOptions.Usage(() => UserInput.SpreadKey(parse.GetValue(key)!));
            var rules = options.LoadRules(parse, catalog);
            var targets = options.ParseTargets(parse, rules);
            var shape = options.ParseShape(parse, rules);
            var parameters = options.ParseParameters(parse, rules);
            var projectionOptions = options.ParseProjection(parse);
            var data2 = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var baseYear = options.ParseBaseYear(parse, data2);
            var deadline = options.ParseDeadline(parse, rules);
            RequiredPath.ValidateDeadline(deadline, baseYear, Years.Last);
            var book = UnitCostReader.Read(catalog.Folder, parse.GetValue(unitCosts));

            var spread = picked.Count > 1 || parse.GetValue(allies) is not null;
            var report = PersonnelReport.Build(data2, options.LoadOutlook(parse, catalog), book, rules, picked, spread, count, rampValue, spreadKey, targets, shape, parameters,
                baseYear, deadline, projectionOptions);
            var (results, table, projections) = (report.Results, report.Table, report.Projections);
            var title = spread
                ? Invariant($"{count:#,0} more service members spread by {spreadKey.ToString().ToLowerInvariant()} over {results.Count} allies by {deadline}; set against the {PathShapes.Name(shape)} paths to each ally's target ({rules.Id})")
                : Invariant($"{results[0].Cost.Ally.Name} ({results[0].Cost.Ally.Code}): {count:#,0} more service members by {deadline} ({rampValue.ToString().ToLowerInvariant()} ramp), against the {PathShapes.Name(shape)} path to {results[0].Cost.Path!.Target.Percent:0.00}% ({rules.Id})");
            JsonObject Json() => report.ToJson();
            if (export.Handle(context, parse, outputFormat, [new("Personnel", table)],
                ExportOptions.Sources(parse, title, data2.Edition, projections.Assumptions.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, table, Json, title, []);
            if (outputFormat == OutputFormat.Table)
            {
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

    private static decimal ParseCount(string text) => CommonOptions.Usage(() => UserInput.Count(text, "--add"));

    private static IReadOnlyList<Ally> PickAllies(string? code, string? allies)
    {
        if (code is not null && allies is not null)
        {
            throw new UsageException($"Name one ally ('{code}') or --allies '{allies}', not both.");
        }
        return code is not null ? [AllyCommand.ParseAlly(code)] : CommonOptions.ParseAllies(allies ?? "all");
    }
}
