using System.CommandLine;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Plans;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend plan template DEU</c>: writes a starter plan for the user to edit and check.</summary>
public static class PlanCommand
{
    /// <summary>Builds the command with its <c>template</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("ally") { Description = "The ally's ISO3 code, such as DEU." };
        var format = new Option<string>("--format") { Description = "Output format: csv or json.", DefaultValueFactory = _ => "csv" };
        var options = new PathOptions();
        var template = new Command("template", "Writes a starter plan that passes every check of the rule set it is made for: from NATO's latest published share to the ally's target by the deadline, on the rule set's default shape (linear under hague-2025, 0.2 pp a year under hague-draft-2032) or the path nearest it that passes, with a related line to the total target, on NATO's basis, for you to edit and then check with 'natospend check FILE'. Where no path can pass a check, it says why and exits 3. Redirect it to a file: natospend plan template DEU > deu.csv")
        {
            code, format, options.Rules, options.Growth, options.Rate, options.Outlook, options.ExchangeRates,
        };
        template.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var request = new PlanTemplateVerb.Request(parse.GetValue(code), parse.GetValue(format), options.Input(parse, null));
            var result = PlanTemplateVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            context.Out.Write(result.Text);
            // The plan is written all the same; where no path can pass a check, the file says why and so does the exit code.
            foreach (var reason in result.NoPath)
            {
                context.Error.WriteLine($"natospend: {reason}");
            }
            return result.NoPath.Count > 0 ? ExitCodes.NotCredible : ExitCodes.Ok;
        }));
        return new Command("plan", "National plans: 'natospend plan template DEU' writes a starter plan to edit and check.") { template };
    }
}
