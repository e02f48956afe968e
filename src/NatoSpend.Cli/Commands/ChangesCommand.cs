using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Changes;
using NatoSpend.Reporting.Inputs;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend changes</c>: what changed since the last edition, every figure as published in each.</summary>
public static class ChangesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var editions = new Option<string?>("--editions")
        {
            Description = "The two NATO editions to compare, such as 2025,2026 (default: the two newest).",
        };
        var top = new Option<string?>("--top")
        {
            Description = "How many revisions and movers to list, largest first (default: 10).",
        };
        var format = CommonOptions.Format();
        var command = new Command("changes", "What changed since the last edition: the largest revisions of the same figure, the largest moves of each ally's latest share, and the counts at 2%, 3.5% and 5%, as published in each edition.")
        {
            editions, top, format,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var result = ChangesVerb.Run(new ChangesVerb.Request(parse.GetValue(editions), parse.GetValue(top)), context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            if (export.Handle(context, parse, outputFormat, [new("Revisions", result.Revisions), new("Movers", result.Movers), new("Counts", result.Counts)],
                ExportOptions.Sources(parse, result.Title, result.Newer.Edition, others: [result.Older.Edition.SourceLine])))
            {
                return ExitCodes.Ok;
            }
            ReportWriter.Write(context, outputFormat, result.Revisions, () => result.Answer, () =>
            {
                context.Console.WriteLine(result.Title + ".");
                context.Console.WriteLine();
                ReportWriter.WriteTable(context, result.Counts, "Allies at or above each threshold, as each edition publishes it", main: false);
                ReportWriter.WriteTable(context, result.Movers, "The largest moves of each ally's latest share", main: false);
                ReportWriter.WriteTable(context, result.Revisions, "The largest revisions: the same ally and year in both editions");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }
}
