using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Simulation;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend simulate</c>: the odds of a path under uncertain GDP, inflation and exchange rates (issue 5, docs/simulation.md).</summary>
public static class SimulateCommand
{
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
            var result = simulation.Run(context, parse, parse.GetValue(explain));
            var report = result.Report;
            if (export.Handle(context, parse, outputFormat, [new("Simulation", report.YearTable())],
                ExportOptions.Sources(parse, result.Title, report.Edition, report.Assumptions,
                    [$"Rule set {report.Rules.Id}: {report.Rules.Title}. {report.Rules.Source}", "IMF World Economic Outlook: the GDP outlook and the history the simulation is calibrated on."])))
            {
                return ExitCodes.Ok;
            }
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    ReportWriter.WriteJson(context.Out, result.Answer);
                    break;
                case OutputFormat.Csv:
                    ReportWriter.WriteCsv(context.Out, report.YearTable());
                    break;
                default:
                    WriteText(context, report, parse.GetValue(explain));
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(CliContext context, SimulationReport report, bool explain)
    {
        context.Console.WriteLine(report.HeldFixed);
        if (explain)
        {
            ReportWriter.WriteTable(context, report.ParametersTable(), "Simulation parameters (calibrated on the IMF WEO history unless overridden)", main: false);
        }
        ReportWriter.WriteTable(context, report.OddsTable(), report.OddsTitle, main: report.Result.Allies is not [_]);
        if (report.Result.Allies is [var one])
        {
            // For people: the 5th, 50th and 95th percentiles and the baseline; CSV and JSON carry all five.
            string[] hidden = ["ally", "rules", "path", "p_reaches_target", "p_passes_every_check", "p_credible", "currency",
                "share_p25", "share_p75", "spending_m_p25", "spending_m_p75", "spending_usd_m_p25", "spending_usd_m_p75"];
            ReportWriter.WriteTable(context, PathOptions.WithoutColumns(report.YearTable(), hidden),
                $"{one.Ally.Name} ({one.Ally.Currency.Code}): quantiles per year (p5, p50, p95 and the deterministic baseline)");
        }
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
        foreach (var line in report.NotSimulated)
        {
            context.Console.WriteLine(line);
        }
        context.Console.WriteLine("Assumptions:");
        foreach (var line in report.Assumptions)
        {
            context.Console.WriteLine("  " + line);
        }
    }
}
