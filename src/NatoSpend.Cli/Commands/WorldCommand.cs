using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.World;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend world</c>: the world beside the alliance in one year of one SIPRI release.</summary>
public static class WorldCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year("The year (default: the release's latest year).");
        var release = new Option<string?>("--release")
        {
            Description = "The SIPRI release, such as sipri-2025 or sipri-2024 (default: the newest; see 'natospend editions').",
        };
        var format = CommonOptions.Format();
        var prices = LensOptions.Prices();
        var measures = LensOptions.Measures();
        var command = new Command("world", "NATO, NATO Europe and Canada, the United States, Russia, China and Ukraine in one year of a SIPRI release: current and constant USD, share of GDP, SIPRI's marks; NATO's rows are sums of what SIPRI publishes, with the count.")
        {
            year, release, format, prices, measures,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new WorldVerb.Request(parse.GetValue(year), parse.GetValue(release), parse.GetValue(prices));
            var result = WorldVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            if (export.Handle(context, parse, outputFormat, [new("World", result.Table)], ExportOptions.Sources(parse, result.Title, result.Release.Edition)))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, result.Table, () => result.Answer, result.Title, LensOptions.Hidden(result.Table, parse.GetValue(measures), ["kind", "members"]));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
