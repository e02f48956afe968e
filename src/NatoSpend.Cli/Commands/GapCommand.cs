using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Gaps;
using NatoSpend.Reporting.Inputs;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend gap</c>: the money allies and groups lack to reach a target, in a year and at the deadline.</summary>
public static class GapCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var year = CommonOptions.Year("The year of the published shares and GDP (default: the edition's latest year).");
        var allies = CommonOptions.Allies();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("gap", "The money each ally and group lacks to reach a target: in a year at that year's GDP, and at the deadline on projected GDP if the share stays where it is; national currency, USD and EUR, with the sum of shortfalls and the group's aggregate.")
        {
            edition, year, allies, format,
        };
        options.AddTo(command, shapes: false);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new GapVerb.Request(parse.GetValue(year), parse.GetValue(allies), options.Input(parse, parse.GetValue(edition)));
            var result = GapVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var rules = result.Rules;
            if (export.Handle(context, parse, outputFormat, [new("Gap", result.Table)],
                ExportOptions.Sources(parse, result.Subject, result.Report.Edition, result.Assumptions.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, result.Table, () => result.Answer, result.Title, ["edition", "definition", "prices"]);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
