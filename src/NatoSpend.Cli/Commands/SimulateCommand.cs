using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Simulation;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Simulation;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend simulate</c>: the odds of a path under uncertain GDP, inflation and exchange rates (issue 5, docs/simulation.md).</summary>
public static class SimulateCommand
{
    /// <summary>The most draws accepted without <c>--force</c>.</summary>
    public const long MaxDrawsUnforced = 10_000_000;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format();
        var explain = new Option<bool>("--explain") { Description = "Print the model's parameters and calibration notes before the results." };
        var export = new ExportOptions();
        var simulation = new SimulationInputs(export.Force);
        var command = new Command("simulate", "Monte Carlo over GDP growth, inflation and exchange rates: the probability that a path reaches the target and passes every check, and quantiles of share and spending per year, for one ally or all, with the alliance total and US share.")
        {
            format, explain,
        };
        simulation.AddTo(command);
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var report = simulation.Run(context, parse);
            var model = report.Model;
            var skipped = report.NotSimulated;
            if (export.Handle(context, parse, outputFormat, [new("Simulation", report.YearTable())],
                ExportOptions.Sources(parse, string.Create(CultureInfo.InvariantCulture, $"Simulation: {report.Label}, rules {report.Rules.Id}, {report.Result.Draws:N0} draws, seed {report.Result.Seed}"),
                    report.Edition, report.Assumptions, [$"Rule set {report.Rules.Id}: {report.Rules.Title}. {report.Rules.Source}", "IMF World Economic Outlook: the GDP outlook and the history the simulation is calibrated on."])))
            {
                return ExitCodes.Ok;
            }
            var assumptions = report.Assumptions;
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    ReportWriter.WriteJson(context.Out, report.ToJson(parse.GetValue(explain)));
                    break;
                case OutputFormat.Csv:
                    ReportWriter.WriteCsv(context.Out, report.YearTable());
                    break;
                default:
                    context.Console.WriteLine(report.HeldFixed);
                    if (parse.GetValue(explain))
                    {
                        WriteExplain(context, model);
                    }
                    WriteTables(context, report);
                    foreach (var a in report.Result.Allies)
                    {
                        if (a.InterpolatedYears is { Count: > 0 } iy)
                        {
                            context.Console.WriteLine($"{a.Ally.Code}: the baseline of {Domain.Text.YearRanges.Text(iy)} is interpolated between the plan's points (from NATO's published base year), not the plan's figures.");
                        }
                        if (a.NotAssessable is { } reason)
                        {
                            context.Console.WriteLine($"{a.Ally.Code}: P(≥ target) {reason}");
                        }
                    }
                    foreach (var line in skipped)
                    {
                        context.Console.WriteLine(line);
                    }
                    context.Console.WriteLine("Assumptions:");
                    foreach (var line in assumptions)
                    {
                        context.Console.WriteLine("  " + line);
                    }
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static SimulationResult Run(CliContext context, AllyScenario[] scenarios, SimulationParameters model, SimulationOptions options)
    {
        var progress = new SimulationProgress();
        options = options with { Progress = progress };
        var watch = Stopwatch.StartNew();
        SimulationResult result;
        if (context.Console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            var task = Task.Run(() => MonteCarlo.Run(scenarios, model, options));
            context.Console.Progress().AutoClear(true).Start(ctx =>
            {
                var bar = ctx.AddTask("Simulating", maxValue: 1.0);
                while (!task.Wait(100))
                {
                    bar.Value = progress.Total > 0 ? (double)progress.Done / progress.Total : 0.0;
                }
                bar.Value = 1.0;
            });
            result = task.GetAwaiter().GetResult();
        }
        else
        {
            result = MonteCarlo.Run(scenarios, model, options);
            // No terminal: no bar, one plain line on the error stream so that piped CSV and JSON stay clean.
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"natospend: simulated {result.Draws:N0} draws of {scenarios.Length} ally(ies), {result.BaseYear + 1}-{result.Deadline}, seed {result.Seed}, in {watch.Elapsed.TotalSeconds:0.0} s."));
        }
        return result;
    }

    internal static long ParseDraws(string text, bool force)
    {
        CommonOptions.RefuseComma(text, $"The number of draws '{text}'", v => v is >= 1m and <= MonteCarlo.MaxDraws && v == decimal.Truncate(v), "100000", whole: true);
        if (!long.TryParse(text.Trim().Replace("_", "", StringComparison.Ordinal), TypedNumber.WholeStyles | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw new UsageException($"The number of draws '{text}' is not a whole number; give one such as 100000.");
        }
        if (n <= 0)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"The number of draws must be at least 1, but was {n}; give one such as 100000."));
        }
        if (n > MonteCarlo.MaxDraws)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"The number of draws {n:N0} is above the most NatoSpend runs ({MonteCarlo.MaxDraws:N0}); give fewer."));
        }
        if (n > MaxDrawsUnforced && !force)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"The number of draws {n:N0} is above {MaxDrawsUnforced:N0}, which takes minutes and adds little precision; give fewer, or add --force."));
        }
        return n;
    }

    internal static ulong ParseSeed(string text)
    {
        CommonOptions.RefuseComma(text, $"The seed '{text}'", v => v >= 0m && v == decimal.Truncate(v), "7", whole: true);
        return ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? s
            : throw new UsageException($"The seed '{text}' is not a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}; give one such as 7.");
    }

    internal static int ParseThreads(string text)
    {
        CommonOptions.RefuseComma(text, $"The thread count '{text}'", v => v is >= 1m and <= 1024m && v == decimal.Truncate(v), "2", whole: true);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t is >= 1 and <= 1024
            ? t
            : throw new UsageException($"The thread count '{text}' is not a whole number from 1 to 1024; give one such as 2.");
    }

    internal static SpendingBasis ParseBasis(string text) => text.Trim().ToLowerInvariant() switch
    {
        "money" => SpendingBasis.Money,
        "share" => SpendingBasis.Share,
        "real" => SpendingBasis.Real,
        _ => throw new UsageException($"The value '{text}' given to --fix is not one NatoSpend knows; use money, share or real."),
    };

    internal static IReadOnlyList<Ally> PickAllies(string? code, string? allies)
    {
        if (code is not null && allies is not null)
        {
            throw new UsageException($"Name one ally ('{code}') or --allies '{allies}', not both.");
        }
        return CommonOptions.ParseAllies(code ?? allies ?? "all");
    }

    private static void WriteExplain(CliContext context, SimulationParameters p)
    {
        var columns = new ReportColumn[]
        {
            new("id", "Series", null, Provenance.Label),
            new("phi", "φ (persistence)", null, Provenance.Derived, 3),
            new("sigma", "σ (pp a year)", null, Provenance.Derived, 2),
            new("drift", "Drift (pp)", null, Provenance.Label, 2),
            new("mean", "Hist. mean (% a year)", null, Provenance.Derived, 2),
            new("n", "Obs.", null, Provenance.Label, 0),
        };
        var rows = p.Series.Select(s => (IReadOnlyList<object?>)[s.Id, s.Persistence, s.Volatility * 100, s.Drift * 100, s.HistoricalMean * 100, s.Observations]).ToArray();
        ReportWriter.WriteTable(context.Console, new ReportTable(columns, rows, [.. SimulationReport.ExplainLines(p).Take(2 + p.Notes.Count)]), "Simulation parameters (calibrated on the IMF WEO history unless overridden)");
    }

    private static void WriteTables(CliContext context, SimulationReport report)
    {
        var (result, rules, label, baseYear, edition) = (report.Result, report.Rules.Id, report.Label, report.BaseYear, report.Edition.Id);
        var columns = new ReportColumn[]
        {
            new("ally", "Ally", null, Provenance.Label),
            new("target", "Target %", null, Provenance.Label),
            new("p_reach", "P(≥ target)", null, Provenance.Derived, 3),
            new("p_every", "P(every check)", null, Provenance.Derived, 3),
            new("p_credible", "P(credible)", null, Provenance.Derived, 3),
            new("share_p5", "Share p5", null, Provenance.Derived, 2),
            new("share_p50", "Share p50", null, Provenance.Derived, 2),
            new("share_p95", "Share p95", null, Provenance.Derived, 2),
            new("usd_p5", "USD bn p5", null, Provenance.Derived, 1),
            new("usd_p50", "USD bn p50", null, Provenance.Derived, 1),
            new("usd_p95", "USD bn p95", null, Provenance.Derived, 1),
        };
        var rows = result.Allies.Select(a =>
        {
            var y = a.Years[^1];
            return (IReadOnlyList<object?>)[a.Ally.Code.Value, a.Target, a.ReachesTargetOrNull, a.PassesEveryCheckOrNull, a.CredibleOrNull,
                y.Share.P5, y.Share.P50, y.Share.P95, y.SpendingUsd.P5 / 1e9, y.SpendingUsd.P50 / 1e9, y.SpendingUsd.P95 / 1e9];
        }).ToArray();
        var alliance = result.Alliance;
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Alliance {alliance.Year} ({alliance.Allies} allies): total USD bn p5 {alliance.TotalUsd.P5 / 1e9:0.0}, p25 {alliance.TotalUsd.P25 / 1e9:0.0}, p50 {alliance.TotalUsd.P50 / 1e9:0.0}, p75 {alliance.TotalUsd.P75 / 1e9:0.0}, p95 {alliance.TotalUsd.P95 / 1e9:0.0} (baseline {alliance.TotalUsd.Baseline / 1e9:0.0})."),
        };
        foreach (var a in result.Allies.Where(a => a.BudgetForOdds is not null))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{a.Ally.Name}: the {result.Deadline} budget that reaches {a.Target:0.00}% with ")
                + string.Join(", ", a.BudgetForOdds!.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Odds:0%} odds is {a.Ally.Currency.Code} {b.National / 1e6:#,0} m (USD {b.Usd / 1e6:#,0} m)")))
                + " (USD at the deadline year's central projected rate; derived).");
        }
        if (alliance.UsSharePct is { } us)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"US share of the total, %: p5 {us.P5:0.00}, p25 {us.P25:0.00}, p50 {us.P50:0.00}, p75 {us.P75:0.00}, p95 {us.P95:0.00} (baseline {us.Baseline:0.00})."));
        }
        ReportWriter.WriteTable(context.Console, new ReportTable(columns, rows, notes),
            string.Create(CultureInfo.InvariantCulture, $"Odds in {result.Deadline}: {label} from {baseYear} (NATO edition {edition}), rules {rules}; {result.Draws:N0} draws, seed {result.Seed}"));
        if (result.Allies.Count == 1)
        {
            // For people: the 5th, 50th and 95th percentiles and the baseline; CSV and JSON carry all five.
            string[] hidden = ["ally", "rules", "path", "p_reaches_target", "p_passes_every_check", "p_credible", "currency",
                "share_p25", "share_p75", "spending_m_p25", "spending_m_p75", "spending_usd_m_p25", "spending_usd_m_p75"];
            ReportWriter.WriteTable(context.Console, PathOptions.WithoutColumns(report.YearTable(), hidden),
                $"{result.Allies[0].Ally.Name} ({result.Allies[0].Ally.Currency.Code}): quantiles per year (p5, p50, p95 and the deterministic baseline)");
        }
    }
}
