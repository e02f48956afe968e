using System.CommandLine;
using System.Globalization;
using NatoSpend.Cli.Output;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Fiscal;
using NatoSpend.Reporting.Inputs;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend fiscal DEU</c>: what a path or a plan adds to an ally's deficit and debt, beside the outlook's; the EU escape clause and SAFE loans.</summary>
public static class FiscalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string?>("ally") { Description = "The ally's ISO3 code, such as DEU (optional with --plan, which names its ally).", Arity = ArgumentArity.ZeroOrOne };
        var plan = new Option<string?>("--plan")
        {
            Description = "A national plan instead of a path: a shipped plan's name, such as deu-2025-06 (see 'natospend plans'), or the path of a plan file (CSV or JSON).",
        };
        var rate = new Option<string?>("--interest-rate")
        {
            Description = "The interest rate on the extra debt, percent a year, for every year, such as 3.1 (default: the effective rate derived from the outlook, net interest over the previous year's debt).",
        };
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("fiscal", "What a required path (or a national plan) adds to the deficit and to debt each year to the deadline, debt-financed, beside the IMF outlook's own deficit and debt, with the interest rate derived from the outlook; how much of the extra the EU national escape clause covers, and the SAFE loans allocated (loans, never spending).")
        {
            code, plan, rate, edition, format,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new FiscalVerb.Request(parse.GetValue(code), options.Input(parse, parse.GetValue(edition)), parse.GetValue(rate), parse.GetValue(plan));
            var result = FiscalVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            if (export.Handle(context, parse, outputFormat, [new("Fiscal room", result.Table), new("Escape clause", result.EscapeClause)],
                ExportOptions.Sources(parse, result.Title, result.Edition, result.Answer.Assumptions)))
            {
                return ExitCodes.Ok;
            }
            ReportWriter.Write(context, outputFormat, result.Table, () => result.Answer, () => WriteText(context, result));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(CliContext context, FiscalVerb.Result result)
    {
        var console = context.Console;
        var answer = result.Answer;
        console.WriteLine(result.Title + ".");
        console.WriteLine();
        ReportWriter.WriteTable(context, Only(result.Table, FiscalTable.ExtraKeys) with { Notes = [] }, $"Extra spending and what it adds ({answer.Currency} m)");
        console.WriteLine();
        var outlook = Only(result.Table, FiscalTable.OutlookKeys);
        // After the outlook's last year it has no deficit or debt; the notes say so, so its empty rows are left out here.
        ReportWriter.WriteTable(context, outlook with { Rows = [.. outlook.Rows.Where(r => r.Skip(1).Any(v => v is not null))], Notes = [] },
            $"Deficit and debt: the outlook's ({answer.Outlook}) and with the path", main: false);
        console.WriteLine();
        var clause = answer.EscapeClause;
        console.WriteLine($"EU national escape clause: {clause.Status}.");
        if (result.EscapeClause.Rows.Count > 0)
        {
            ReportWriter.WriteTable(context, result.EscapeClause, $"Escape clause cover ({answer.Currency} m)", main: false);
            if (clause.CoveredM is { } covered)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Covered in {clause.FirstYear}-{clause.LastYear}: {covered:N1} m {answer.Currency} of the path's extra spending."));
            }
        }
        console.WriteLine("  " + clause.Definition);
        console.WriteLine();
        var safe = answer.Safe;
        console.WriteLine(safe.Amounts.Count == 0
            ? $"SAFE loans: {safe.Note}"
            : $"SAFE loans: allocated {string.Join("; ", safe.Amounts.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Value} ({a.Unit})")))}, {safe.AllocationStatus}, {safe.DecisionDate}. {safe.Note}");
        console.WriteLine();
        console.WriteLine("Assumptions:");
        foreach (var line in answer.Assumptions)
        {
            console.WriteLine("  " + line);
        }
        console.WriteLine();
        foreach (var note in answer.Notes.Except(answer.Assumptions))
        {
            console.WriteLine(note);
        }
    }

    private static ReportTable Only(ReportTable table, IReadOnlyList<string> keys) =>
        PathOptions.WithoutColumns(table, [.. table.Columns.Select(c => c.Key).Except(keys)]);
}
