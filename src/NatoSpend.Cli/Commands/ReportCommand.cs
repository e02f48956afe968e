using System.CommandLine;
using System.Text;
using NatoSpend.Cli.Output;
using NatoSpend.Export.Files;
using NatoSpend.Export.Reports;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend report DEU --out report.html|report.pdf</c> (or <c>--allies all</c>): a self-contained page with the charts, gaps, paths, plans, methods and citations; the PDF is printed from it by Chromium.</summary>
public static class ReportCommand
{
    /// <summary>How long Chromium may take to print a report.</summary>
    public static TimeSpan PrintTimeout { get; } = TimeSpan.FromSeconds(90);

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string?>("ally") { Description = "The ally's ISO3 code, such as DEU (or --allies for an alliance report).", Arity = ArgumentArity.ZeroOrOne };
        var allies = new Option<string?>("--allies") { Description = "An alliance report instead: all, europe-canada, europe, eu or ISO3 codes separated by commas." };
        var edition = CommonOptions.Edition();
        var plans = new Option<string[]>("--plan") { Description = "A national plan file to check in the report (default: the shipped plans for the ally)." };
        var paper = new Option<string>("--paper") { Description = "The PDF's paper: a4 (default) or letter.", DefaultValueFactory = _ => "a4" };
        var options = new PathOptions();
        var command = new Command("report", "A self-contained HTML report (inline SVG charts, no external files) or a PDF printed from it by Chromium: where the ally stands, the gaps, the paths, its plans' verdicts, the methods and assumptions, and the citations.")
        {
            code, allies, edition, plans, paper,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        command.Options.Add(export.Out);
        command.Options.Add(export.Force);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var file = export.OutFile(parse, [OutputKind.Html, OutputKind.Pdf]);
            var sheet = parse.GetValue(paper)?.Trim().ToLowerInvariant() switch
            {
                "a4" => Paper.A4,
                "letter" => Paper.Letter,
                var other => throw new UsageException($"--paper must be a4 or letter, but was '{other}'; A4 is the default."),
            };
            var one = parse.GetValue(code);
            var group = parse.GetValue(allies);
            if ((one is null) == (group is null))
            {
                throw new UsageException("Name one ally ('natospend report DEU') or a group with --allies ('natospend report --allies all'), not both or neither.");
            }
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var commandLine = ExportOptions.CommandLine(parse);
            string html;
            if (one is not null)
            {
                var ally = AllyCommand.ParseAlly(one);
                var figures = AllyFigures.Compute(catalog, parse, options, ally, parse.GetValue(edition), null, parse.GetValue(plans) ?? [], shippedPlans: true);
                html = ReportBook.Ally(new AllyReportInput(figures.Data, ally, figures.Rules, figures.Paths, figures.Projections, figures.Plans, commandLine));
            }
            else
            {
                var picked = CommonOptions.ParseAllies(group!);
                var (data, view, projections, rules) = AllyFigures.AllianceView(catalog, parse, options, picked, parse.GetValue(edition));
                html = ReportBook.Alliance(new AllianceReportInput(data, picked, rules, view, projections, commandLine));
            }
            var bytes = file.Kind == OutputKind.Pdf ? PdfPrinter.Print(html, PrintTimeout, sheet) : Encoding.UTF8.GetBytes(html);
            file.Write(stream => stream.Write(bytes));
            context.Out.WriteLine($"Wrote {Path.GetFileName(file.Path)}: {(file.Kind == OutputKind.Pdf ? "PDF printed by Chromium from the HTML report" : "self-contained HTML")}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
