using System.CommandLine;
using System.Globalization;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Ukraine;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend ukraine</c>: allies' military aid to Ukraine (Kiel) beside their NATO figures.</summary>
public static class UkraineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year("The year, 2022 on (default: the latest complete year in both the tracker and the edition).");
        var edition = CommonOptions.Edition();
        var allies = CommonOptions.Allies();
        var format = CommonOptions.Format();
        var command = new Command("ukraine", "Military aid to Ukraine per ally and year (Kiel Institute), in EUR and national currency, as a share of GDP and of NATO core spending; a component of NATO's figures, never added on top.")
        {
            year, edition, allies, format,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new UkraineVerb.Request(parse.GetValue(year), parse.GetValue(edition), parse.GetValue(allies));
            var result = UkraineVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var ledger = result.Ledger;
            if (!export.Handle(context, parse, outputFormat, [new("Ukraine", result.Report.Table)], ExportOptions.Sources(parse, result.Title, result.Data.Edition,
                others: [$"Kiel Institute for the World Economy, Ukraine Support Tracker, {ledger.Release} (data to {ledger.DataThrough.ToString("yyyy-MM", CultureInfo.InvariantCulture)}); cite Trebesch et al. (2023) and the release."])))
            {
                PathOptions.Write(context, outputFormat, result.Report.Table, () => result.Answer, result.Title, []);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
