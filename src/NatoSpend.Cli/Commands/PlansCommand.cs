using System.CommandLine;
using System.Globalization;
using NatoSpend.Cli.Output;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Plans;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend plans [ALLY]</c>: every shipped plan with the verdict on its announced points, or one ally's plans over time.</summary>
public static class PlansCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var ally = new Argument<string?>("ally") { Description = "An ally's ISO3 code, such as DEU: its plans side by side and what each revision changed (default: every plan).", Arity = ArgumentArity.ZeroOrOne };
        var format = CommonOptions.Format();
        var scorecard = new Option<bool>("--scorecard")
        {
            Description = "One row per ally: its newest plan, the verdict on its announced points, its announced share in the deadline year (or its last announced year) against the rule set's required path, the gap in pp, on track, off track or not assessable, and why.",
        };
        var options = new PathOptions();
        var command = new Command("plans", "The shipped national plans: ally, announced, years announced, the verdict on the announced points (on track, off track, not assessable) and completeness; with an ally, its plans side by side and what each revision changed; with --scorecard, every ally's newest plan against the required path.")
        {
            ally, format, scorecard, options.Rules, options.Growth, options.Rate, options.Outlook, options.ExchangeRates,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            if (parse.GetValue(scorecard))
            {
                if (parse.GetValue(ally) is { } text)
                {
                    var named = AllyCommand.ParseAlly(text);
                    throw new UsageException($"--scorecard shows every ally, so it takes no ally ('{named.Code}'); drop the ally, or drop --scorecard to see {named.Name}'s plans over time.");
                }
                WriteScorecard(context, parse, export, outputFormat, RunScorecard(context, parse, options));
                return ExitCodes.Ok;
            }
            var result = PlansVerb.Run(new PlansVerb.Request(parse.GetValue(ally), options.Input(parse, null)), context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            if (!export.Handle(context, parse, outputFormat, result.SideBySide is { } side ? [new("Plans", result.List), new("Side by side", side)] : [new("Plans", result.List)],
                ExportOptions.Sources(parse, result.Title, result.Edition)))
            {
                WritePlans(context, outputFormat, result);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The scorecard of every shipped plan under the rule set, as <c>natospend plans --scorecard</c> and <c>natospend chart scorecard</c> show it.</summary>
    public static Scorecard LoadScorecard(CliContext context, ParseResult parse, PathOptions options) => RunScorecard(context, parse, options).Card;

    private static ScorecardVerb.Result RunScorecard(CliContext context, ParseResult parse, PathOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        return ScorecardVerb.Run(new ScorecardVerb.Request(options.Input(parse, null)), context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
    }

    private static void WritePlans(CliContext context, OutputFormat format, PlansVerb.Result result)
    {
        switch (format)
        {
            case OutputFormat.Json:
                ReportWriter.WriteJson(context.Out, result.Answer);
                break;
            case OutputFormat.Csv:
                ReportWriter.WriteCsv(context.Out, result.List);
                break;
            default:
                var console = context.Console;
                var (code, rules) = (result.Ally, result.Rules);
                console.WriteLine($"National plans as announced{(code is null ? "" : $", {code.Name} ({code.Code})")}; rules {rules.Id}, {rules.Title}.");
                console.WriteLine();
                ReportWriter.WriteTable(context, code is null ? PathOptions.WithoutColumns(result.List, ["title", "revises", "verdict"]) : PathOptions.WithoutColumns(result.List, ["ally", "verdict"]), "Plans");
                if (result.SideBySide is { } side)
                {
                    console.WriteLine();
                    ReportWriter.WriteTable(context, side, "Side by side: each announcement's figures as stated", main: false);
                    if (result.Revisions.Count > 0)
                    {
                        console.WriteLine("What each revision changed:");
                        foreach (var r in result.Revisions)
                        {
                            console.WriteLine($"  {r.File} revises {r.Revises}: {string.Join("; ", r.Changes)}");
                        }
                    }
                }
                break;
        }
    }

    private static void WriteScorecard(CliContext context, ParseResult parse, ExportOptions export, OutputFormat format, ScorecardVerb.Result result)
    {
        var (card, table) = (result.Card, result.Table);
        if (export.Handle(context, parse, format, [new("Scorecard", table)], ExportOptions.Sources(parse, result.Title, card.Edition)))
        {
            return;
        }
        switch (format)
        {
            case OutputFormat.Json:
                ReportWriter.WriteJson(context.Out, result.Answer);
                break;
            case OutputFormat.Csv:
                ReportWriter.WriteCsv(context.Out, table);
                break;
            default:
                var console = context.Console;
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Scorecard: each ally's newest plan against the {card.Rules.Id} path ({card.Rules.Title}): {card.Count(ScorecardStatus.OnTrack)} on track, {card.Count(ScorecardStatus.OffTrack)} off track, {card.Count(ScorecardStatus.NotAssessable)} not assessable."));
                console.WriteLine();
                ReportWriter.WriteTable(context, PathOptions.WithoutColumns(table, ["name", "announced_verdict", "announced_as", "required_shape", "plan_source"]), "Scorecard");
                break;
        }
    }

    /// <summary>Writes the verdict on a plan's announced points, its path (interpolated years marked) and its reconciliations.</summary>
    public static void WriteAnnounced(IAnsiConsole console, PlanCheck check)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(check);
        var verdict = AnnouncedPath.Judge(check);
        console.WriteLine($"On the announced points: {verdict.Label}. Completeness: {verdict.Completeness}.");
        var interpolated = verdict.Path.Where(p => p.Interpolated).ToArray();
        if (interpolated.Length > 0)
        {
            console.WriteLine("  Path between the points (interpolated, not the plan's figures): " + string.Join(", ", interpolated.Select(p =>
                string.Create(CultureInfo.InvariantCulture, $"{p.Year} {p.Share:0.00}% (interpolated in {p.Unit})"))));
        }
        foreach (var row in PlanReconciliation.Build(check))
        {
            console.WriteLine("  Reconciliation: " + row.Message);
        }
    }
}
