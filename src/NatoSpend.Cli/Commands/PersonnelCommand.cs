using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Capability;
using NatoSpend.Reporting.Inputs;
using Spectre.Console;

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
        var ramp = new Option<string?>("--ramp") { Description = "How they arrive: linear (the same number each year, default) or immediate." };
        var key = new Option<string?>("--key") { Description = "How --allies spreads the need: population (default), gdp or personnel, from NATO's base-year figures." };
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
            var request = new PersonnelVerb.Request(parse.GetValue(code), parse.GetValue(allies), parse.GetValue(add), parse.GetValue(ramp), parse.GetValue(key),
                parse.GetValue(unitCosts), options.Input(parse, parse.GetValue(edition)));
            var result = PersonnelVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var (rules, assumptions) = (result.Addition?.Rules, result.Addition?.Projections.Assumptions);
            if (export.Handle(context, parse, outputFormat, [new("Personnel", result.Table)], rules is null
                ? ExportOptions.Sources(parse, result.Title, result.Edition)
                : ExportOptions.Sources(parse, result.Title, result.Edition, assumptions!.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, result.Table, () => result.Answer, result.Title, assumptions is null ? ["edition", "definition", "prices"] : []);
            if (outputFormat == OutputFormat.Table && assumptions is not null)
            {
                context.Console.WriteLine("Assumptions:");
                foreach (var line in assumptions.Lines())
                {
                    context.Console.WriteLine("  " + line);
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
