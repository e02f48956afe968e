using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Ukraine;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Ukraine;
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
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var rules = options.LoadRules(parse, catalog);
            var projection = options.ParseProjection(parse);
            if (!File.Exists(path))
            {
                throw new UsageException($"The plan file '{path}' does not exist; give the path of a CSV or JSON plan (the shipped ones are in data/plans/), or write one with 'natospend plan template DEU > deu.csv'.");
            }
            var plan = PlanReader.ReadFile(path, path.Replace('\\', '/'));
            var data = catalog.LoadNewest();
            var check = PlanChecker.Check(plan, rules, data, options.LoadOutlook(parse, catalog), projection);
            // A plan's Ukraine column is cross-checked against Kiel's history where the years overlap: a warning, never the verdict.
            var ukraine = UkraineCrossCheck.Applies(plan)
                ? UkraineCrossCheck.Check(check, KielReader.Read(catalog.Folder), data)
                : [];
            var checks = PlanReport.Checks(check);
            var years = PlanReport.Years(check);
            if (export.Handle(context, parse, outputFormat, [new("Checks", checks), new("Years", years)],
                ExportOptions.Sources(parse, $"Plan check: {plan.Ally.Name} ({plan.Ally.Code}), {plan.Title}; rules {rules.Id}; verdict {check.Verdict.Label}", data.Edition, check.Economy.Assumptions,
                [
                    $"Plan: {plan.Title}{(plan.Announced is { } d ? ", " + d : "")}. {plan.Source?.ToString() ?? "source not stated"}; basis {plan.BasisLabel}.",
                    $"Rule set {rules.Id}: {rules.Title}. {rules.Source}",
                    "The checks and the verdict are NatoSpend's tests of a credible, incremental path; NATO does not define one.",
                ])))
            {
                return check.Verdict.Kind == VerdictKind.Credible ? ExitCodes.Ok : ExitCodes.NotCredible;
            }
            Write(context, outputFormat, check, ukraine);
            return check.Verdict.Kind == VerdictKind.Credible ? ExitCodes.Ok : ExitCodes.NotCredible;
        }));
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, PlanCheck check, IReadOnlyList<UkraineYearCheck> ukraine)
    {
        var checks = PlanReport.Checks(check);
        var years = PlanReport.Years(check);
        switch (format)
        {
            case OutputFormat.Csv:
                ReportWriter.WriteCsv(context.Out, checks);
                break;
            case OutputFormat.Json:
                ReportWriter.WriteJson(context.Out, PlanCheckJson.Build(check, checks, years, ukraine));
                break;
            default:
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
                foreach (var warning in ukraine.Select(u => u.Warning).OfType<string>())
                {
                    console.WriteLine("Ukraine cross-check (Kiel Institute): " + warning);
                }
                console.WriteLine();
                ReportWriter.WriteTable(console, PathOptions.WithoutColumns(checks with { Notes = [] }, CheckLabels), "Checks");
                console.WriteLine();
                ReportWriter.WriteTable(console, PathOptions.WithoutColumns(years, ["basis"]), "The plan's years, in shares and money");
                console.WriteLine("Assumptions:");
                foreach (var line in check.Economy.Assumptions)
                {
                    console.WriteLine("  " + line);
                }
                break;
        }
    }
}
