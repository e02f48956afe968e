using System.CommandLine;
using System.Globalization;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Ukraine;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Ukraine;
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
            var code = parse.GetValue(ally) is { } text ? AllyCommand.ParseAlly(text) : null;
            if (parse.GetValue(scorecard) && code is not null)
            {
                throw new UsageException($"--scorecard shows every ally, so it takes no ally ('{code.Code}'); drop the ally, or drop --scorecard to see {code.Name}'s plans over time.");
            }
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var rules = options.LoadRules(parse, catalog);
            var projection = options.ParseProjection(parse);
            var data = catalog.LoadNewest();
            var shipped = PlanReader.ShippedFiles(catalog.Folder)
                .Select(f => (File: f, Plan: PlanReader.ReadFile(catalog.Folder.PathOf(f), f)))
                .Where(p => code is null || p.Plan.Ally.Code == code.Code)
                .ToArray();
            if (parse.GetValue(scorecard))
            {
                WriteScorecard(context, parse, export, outputFormat, LoadScorecard(context, parse, options));
                return ExitCodes.Ok;
            }
            var plans = PlanHistory.CheckAll(shipped, rules, data, options.LoadOutlook(parse, catalog), projection);
            var list = PlanHistoryReport.List(plans, rules);
            var side = code is not null ? PlanHistoryReport.SideBySide(plans) : null;
            if (export.Handle(context, parse, outputFormat, side is null ? [new("Plans", list)] : [new("Plans", list), new("Side by side", side)],
                ExportOptions.Sources(parse, $"National plans as announced{(code is null ? "" : ", " + code.Name)}; rules {rules.Id}", data.Edition)))
            {
                return ExitCodes.Ok;
            }
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    var ledger = plans.Any(p => UkraineCrossCheck.Applies(p.Check.Plan)) ? KielReader.Read(catalog.Folder) : null;
                    ReportWriter.WriteJson(context.Out, PlanHistoryReport.Json(plans, rules, p => PlanCheckJson.Build(p.Check, PlanReport.Checks(p.Check), PlanReport.Years(p.Check),
                        ledger is not null && UkraineCrossCheck.Applies(p.Check.Plan) ? UkraineCrossCheck.Check(p.Check, ledger, data) : [])));
                    break;
                case OutputFormat.Csv:
                    ReportWriter.WriteCsv(context.Out, list);
                    break;
                default:
                    var console = context.Console;
                    console.WriteLine($"National plans as announced{(code is null ? "" : $", {code.Name} ({code.Code})")}; rules {rules.Id}, {rules.Title}.");
                    console.WriteLine();
                    ReportWriter.WriteTable(console, code is null ? PathOptions.WithoutColumns(list, ["title", "revises", "verdict"]) : PathOptions.WithoutColumns(list, ["ally", "verdict"]), "Plans");
                    if (side is not null)
                    {
                        console.WriteLine();
                        ReportWriter.WriteTable(console, side, "Side by side: each announcement's figures as stated");
                        var revisions = PlanHistory.Revisions(plans);
                        if (revisions.Count > 0)
                        {
                            console.WriteLine("What each revision changed:");
                            foreach (var r in revisions)
                            {
                                console.WriteLine($"  {r.File} revises {r.Revises}: {string.Join("; ", r.Changes)}");
                            }
                        }
                    }
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The scorecard of every shipped plan under the rule set, as <c>natospend plans --scorecard</c> and <c>natospend chart scorecard</c> show it.</summary>
    public static Scorecard LoadScorecard(CliContext context, ParseResult parse, PathOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
        var rules = options.LoadRules(parse, catalog);
        var projection = options.ParseProjection(parse);
        var data = catalog.LoadNewest();
        var outlook = options.LoadOutlook(parse, catalog);
        var shipped = PlanReader.ShippedFiles(catalog.Folder).Select(f => (File: f, Plan: PlanReader.ReadFile(catalog.Folder.PathOf(f), f)));
        return PlanScorecard.Build(PlanHistory.CheckAll(shipped, rules, data, outlook, projection), rules, data, outlook, projection);
    }

    private static void WriteScorecard(CliContext context, ParseResult parse, ExportOptions export, OutputFormat format, Scorecard card)
    {
        var table = ScorecardReport.Table(card);
        if (export.Handle(context, parse, format, [new("Scorecard", table)],
            ExportOptions.Sources(parse, $"National plans against the required path; rules {card.Rules.Id}", card.Edition)))
        {
            return;
        }
        switch (format)
        {
            case OutputFormat.Json:
                ReportWriter.WriteJson(context.Out, ScorecardReport.Json(card));
                break;
            case OutputFormat.Csv:
                ReportWriter.WriteCsv(context.Out, table);
                break;
            default:
                var console = context.Console;
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Scorecard: each ally's newest plan against the {card.Rules.Id} path ({card.Rules.Title}): {card.Count(ScorecardStatus.OnTrack)} on track, {card.Count(ScorecardStatus.OffTrack)} off track, {card.Count(ScorecardStatus.NotAssessable)} not assessable."));
                console.WriteLine();
                ReportWriter.WriteTable(console, PathOptions.WithoutColumns(table, ["name", "announced_verdict", "announced_as", "required_shape", "plan_source"]), "Scorecard");
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
