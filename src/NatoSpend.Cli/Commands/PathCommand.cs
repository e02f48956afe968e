using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend path DEU</c>: the year-by-year path from the published base share to a target by a deadline.</summary>
public static class PathCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string?>("ally") { Description = "The ally's ISO3 code, such as DEU (or use --allies).", Arity = ArgumentArity.ZeroOrOne };
        var allies = new Option<string?>("--allies") { Description = "Several allies instead of one: ISO3 codes separated by commas, or all, europe-canada, europe, eu." };
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("path", "A required path from the published base-year share to a target by a deadline: share, spending (national currency, USD current and 2021 prices), step, real growth and extra spending against holding the share, year by year, with the GDP assumptions.")
        {
            code, allies, edition, format,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new PathVerb.Request(parse.GetValue(code), parse.GetValue(allies), options.Input(parse, parse.GetValue(edition)));
            var result = PathVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var (report, assumptions) = (result.Report, result.Report.Projections.Assumptions);
            if (export.Handle(context, parse, outputFormat, [new("Path", report.Table)],
                ExportOptions.Sources(parse, result.Title, report.Data.Edition, assumptions.Lines(), [$"Rule set {report.Rules.Id}: {report.Rules.Title}. {report.Rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, report.Table, () => result.Answer, result.Title, PathTable.LabelKeys);
            if (outputFormat == OutputFormat.Table)
            {
                foreach (var line in report.NotReported)
                {
                    context.Console.WriteLine(line);
                }
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
