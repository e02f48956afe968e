using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Status;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend status</c>: where each ally stands in a year of an edition, against a target.</summary>
public static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var year = CommonOptions.Year("The year (default: the edition's latest year).");
        var target = CommonOptions.Target();
        var allies = CommonOptions.Allies();
        var sort = new Option<string>("--sort")
        {
            Description = "Sort by share (default), name, gap, change or spending.",
            DefaultValueFactory = _ => "share",
        };
        var ukraine = new Option<bool>("--ukraine")
        {
            Description = "Add Kiel's military aid to Ukraine (EUR, % of GDP) and the share without it (an estimate); NATO's figures already include the aid, so it is never added on top.",
        };
        var format = CommonOptions.Format();
        var prices = LensOptions.Prices();
        var measures = LensOptions.Measures();
        var command = new Command("status", "Where each ally stands: share of GDP, money, per capita, equipment, personnel, and the gap to a target.")
        {
            edition, year, target, allies, sort, ukraine, format, prices, measures,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new StatusVerb.Request(parse.GetValue(edition), parse.GetValue(year), parse.GetValue(target), parse.GetValue(allies),
                parse.GetValue(sort), parse.GetValue(ukraine) ? "true" : null, parse.GetValue(prices));
            var result = StatusVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            if (!export.Handle(context, parse, outputFormat, [new("Status", result.Table)], ExportOptions.Sources(parse, result.Title, result.Report.Edition,
                others: result.WithAid ? ["Military aid: Kiel Institute for the World Economy, Ukraine Support Tracker (see 'natospend ukraine --cite')."] : null)))
            {
                PathOptions.Write(context, outputFormat, result.Table, () => result.Answer, result.Title, LensOptions.Hidden(result.Table, parse.GetValue(measures), StatusTable.Repeats));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
