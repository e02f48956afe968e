using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Inputs;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend alliance</c>: every ally on a chosen path shape to the deadline, summed year by year.</summary>
public static class AllianceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var allies = CommonOptions.Allies();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("alliance", "All allies on one path shape to the deadline, year by year: total spending (USD current and 2021 prices), Europe and Canada against the United States, the US share, and how many allies meet each threshold.")
        {
            edition, allies, format,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new AllianceVerb.Request(parse.GetValue(allies), options.Input(parse, parse.GetValue(edition)));
            var result = AllianceVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var (table, assumptions, rules) = (result.RollUp.Table, result.RollUp.Projections.Assumptions, result.Rules);
            if (export.Handle(context, parse, outputFormat, [new("Alliance", table)],
                ExportOptions.Sources(parse, result.Subject, result.Edition, assumptions.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, table, () => result.Answer, result.Title, ["shape", "rules", "edition", "definition", "prices", "outlook"]);
            if (outputFormat == OutputFormat.Table)
            {
                context.Console.WriteLine("Assumptions:");
                foreach (var line in assumptions.Statements)
                {
                    context.Console.WriteLine("  " + line);
                }
                context.Console.WriteLine("  Per-ally growth and exchange rates: see 'natospend path --allies all' or --format json.");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
