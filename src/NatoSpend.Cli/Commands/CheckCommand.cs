using System.CommandLine;
using NatoSpend.Data.Plans;
using System.Globalization;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Files;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Plans;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend check FILE</c>: checks a national plan for a credible, incremental path; exit 0 when credible, 3 when not or incomplete.</summary>
public static class CheckCommand
{
    /// <summary>The table columns said once in the heading rather than on every row.</summary>
    private static readonly string[] CheckLabels = ["ally", "rules", "basis", "verdict"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The plan file, CSV or JSON (format: data/plans/README.md; start from 'natospend plan template DEU')." };
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("check", "Checks a national plan for a credible, incremental path under a rule set: each test with its numbers, a verdict (credible, not credible, incomplete) with the reasons, and the smallest fix. Exit code 0 when credible, 3 when not credible or incomplete, 1 for a bad file.")
        {
            file, format, options.Rules, options.Growth, options.Rate, options.Outlook, options.ExchangeRates,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var path = parse.GetValue(file)!;
            var request = new PlanCheckVerb.Request(ReadPlanFile(path), path.Replace('\\', '/'), PlanCheckVerb.FormatOfFile(path), options.Input(parse, null));
            var result = PlanCheckVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var exit = result.Credible ? ExitCodes.Ok : ExitCodes.NotCredible;
            var (plan, rules) = (result.Check.Plan, result.Check.Rules);
            if (!export.Handle(context, parse, outputFormat, [new("Checks", result.Checks), new("Years", result.Years)],
                ExportOptions.Sources(parse, result.Title, result.Edition, result.Check.Economy.Assumptions,
                [
                    $"Plan: {plan.Title}{(plan.Announced is { } d ? ", " + d : "")}. {plan.Source?.ToString() ?? "source not stated"}; basis {plan.BasisLabel}.",
                    $"Rule set {rules.Id}: {rules.Title}. {rules.Source}",
                    "The checks and the verdict are NatoSpend's tests of a credible, incremental path; NATO does not define one.",
                ])))
            {
                Write(context, outputFormat, result);
            }
            return exit;
        }));
        return command;
    }

    // The CLI reads the file; reading and checking the plan is the use case's, the same as for a body sent to the API.
    private static byte[] ReadPlanFile(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new UsageException($"The plan file '{path}' does not exist; give the path of a CSV or JSON plan (the shipped ones are in data/plans/), or write one with 'natospend plan template DEU > deu.csv'.");
        }
        // Read as a stream and refused beyond the plan limit (an endless file such as /dev/zero) or when the path is a folder.
        return PlanReader.ReadBytes(path, path.Replace('\\', '/'));
    }

    private static void Write(CliContext context, OutputFormat format, PlanCheckVerb.Result result)
    {
        ReportWriter.Write(context, format, result.Checks, () => result.Answer, () =>
        {
            var check = result.Check;
            var plan = check.Plan;
            var console = context.Console;
            console.WriteLine($"Plan check: {plan.Ally.Name} ({plan.Ally.Code}), {plan.Title}; basis: {plan.BasisLabel}.");
            console.WriteLine($"Rules: {check.Rules.Id}, {check.Rules.Title}.");
            console.WriteLine();
            console.WriteLine($"Verdict: {check.Verdict.Label.ToUpperInvariant()}. {check.Verdict.Summary}");
            console.WriteLine("Reasons, in order of weight:");
            var n = 1;
            foreach (var reason in check.Verdict.Reasons)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n++}. {reason}"));
            }
            if (check.Fix is { } fix)
            {
                console.WriteLine(fix.Message);
            }
            PlansCommand.WriteAnnounced(console, check);
            foreach (var warning in result.Ukraine.Select(u => u.Warning).OfType<string>())
            {
                console.WriteLine("Ukraine cross-check (Kiel Institute): " + warning);
            }
            console.WriteLine();
            ReportWriter.WriteTable(context, PathOptions.WithoutColumns(result.Checks with { Notes = [] }, CheckLabels), "Checks", main: false);
            console.WriteLine();
            ReportWriter.WriteTable(context, PathOptions.WithoutColumns(result.Years, ["basis"]), "The plan's years, in shares and money");
            console.WriteLine("Assumptions:");
            foreach (var line in check.Economy.Assumptions)
            {
                console.WriteLine("  " + line);
            }
        });
    }
}
