using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Compare;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend compare</c>: one year as several editions publish it, or NATO beside SIPRI.</summary>
public static class CompareCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var year = new Option<string?>("--year") { Description = "The year to compare (required for nato and sipri)." };
        var outlooks = new Option<string?>("--outlooks")
        {
            Description = "With --source outlooks: the WEO vintages to set side by side, such as weo-2024-10,weo-2026-04 (default: every shipped outlook, oldest first).",
        };
        var pathOptions = new PathOptions();
        var editions = new Option<string?>("--editions")
        {
            Description = "NATO editions to set side by side, oldest first, such as 2025,2026 (default: all NATO editions that cover the year); with --source sipri, the NATO edition and the SIPRI release, such as 2025,sipri-2024 (default: the newest of each).",
        };
        var source = new Option<string>("--source")
        {
            Description = "nato (editions side by side, default), sipri (the newest NATO edition, or the one --editions names, beside SIPRI) or outlooks (how projected GDP and the money a path requires moved between IMF WEO vintages; --allies, --rules, --shape, --by).",
            DefaultValueFactory = _ => "nato",
        };
        var allies = CommonOptions.Allies();
        allies.Description += " With --source sipri, also any other country SIPRI ships, such as RUS,CHN,UKR (NATO's column stays empty for them).";
        var format = CommonOptions.Format();
        var prices = LensOptions.Prices();
        var command = new Command("compare", "One year as published in several editions, with the revision per ally and the change in counts; NATO beside SIPRI, never merged; or how projections moved between IMF outlooks.")
        {
            year, editions, source, allies, format, outlooks, pathOptions.Rules, pathOptions.Shape, pathOptions.By, pathOptions.Target, prices,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var path = new PathInput(Rules: parse.GetValue(pathOptions.Rules), Target: parse.GetValue(pathOptions.Target), Shape: parse.GetValue(pathOptions.Shape),
                Deadline: parse.GetValue(pathOptions.By));
            var request = new CompareVerb.Request(parse.GetValue(source), parse.GetValue(year), parse.GetValue(editions), parse.GetValue(allies), parse.GetValue(outlooks), path, parse.GetValue(prices));
            var result = CompareVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var published = result.Table.Columns.Where(c => c.Provenance == Provenance.Published).ToArray();
            var sheet = result.Answer is OutlooksComparisonAnswer ? "Outlooks" : "Compare";
            if (export.Handle(context, parse, outputFormat, [new(sheet, result.Table)], ExportOptions.Sources(parse, result.Title, result.Datasets[^1].Edition, [],
                [.. result.Sources, .. result.Datasets.SkipLast(1).Select(d => Export.Citations.Citation.Published(d.Edition, published))])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, result.Table, () => result.Answer, result.Title, LensOptions.Hidden(result.Table, measures: true, []));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
