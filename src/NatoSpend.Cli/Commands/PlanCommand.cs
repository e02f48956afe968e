using System.CommandLine;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Plans;
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
            var text = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (text is not ("csv" or "json"))
            {
                throw new UsageException($"The format '{text}' is not one a plan is written in; use csv or json.");
            }
            var ally = AllyCommand.ParseAlly(parse.GetValue(code)!);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var rules = options.LoadRules(parse, catalog);
            var starter = PlanTemplate.For(catalog.LoadNewest(), ally, options.LoadOutlook(parse, catalog), rules, options.ParseProjection(parse));
            if (text == "json")
            {
                PlanWriter.WriteJson(context.Out, starter.Definition);
            }
            else
            {
                PlanWriter.WriteCsv(context.Out, starter.Definition);
            }
            // The plan is written all the same; where no path can pass a check, the file says why and so does the exit code.
            foreach (var reason in starter.NoPath)
            {
                context.Error.WriteLine($"natospend: {reason}");
            }
            return starter.NoPath.Count > 0 ? ExitCodes.NotCredible : ExitCodes.Ok;
        }));
        return new Command("plan", "National plans: 'natospend plan template DEU' writes a starter plan to edit and check.") { template };
    }
}
