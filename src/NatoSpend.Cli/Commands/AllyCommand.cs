using System.CommandLine;
using System.Globalization;
using System.Text;
using NatoSpend.Cli.Output;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Inputs;
using Spectre.Console;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend ally DEU</c>: one ally's whole series, with a terminal chart of its share against 2%, 3.5% and 5%.</summary>
public static class AllyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("ally") { Description = "The ally's ISO3 code, such as DEU." };
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format();
        var command = new Command("ally", "One ally's whole series in an edition (every metric), with a chart of its share of GDP against 2%, 3.5% and 5%.")
        {
            code, edition, format,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var request = new AllyVerb.Request(parse.GetValue(code)!, parse.GetValue(edition));
            var result = AllyVerb.Run(request, context.Sources(parse.GetValue(CommonOptions.Data)), Face.Cli);
            var (ally, source) = (result.Ally, result.Data.Edition);
            if (export.Handle(context, parse, outputFormat, [new(ally.Code.Value, result.Table)], ExportOptions.Sources(parse, result.Title, source)))
            {
                return ExitCodes.Ok;
            }
            ReportWriter.Write(context, outputFormat, result.Table, () => result.Answer, () =>
            {
                context.Console.WriteLine($"{ally.Name} ({ally.Code}), NATO edition {source.Id}, {source.DefinitionLabel}; currency {ally.Currency}.");
                context.Console.WriteLine();
                foreach (var line in ShareChart(result.Table))
                {
                    context.Console.WriteLine(line);
                }
                context.Console.WriteLine();
                ReportWriter.WriteTable(context, result.Table);
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The ally a code names; an unknown code is a usage error listing what is accepted.</summary>
    public static Ally ParseAlly(string text) => CommonOptions.Usage(() => UserInput.Ally(text));

    /// <summary>A text chart: one bar per year, scaled to 6% of GDP, with markers at 2%, 3.5% and 5%.</summary>
    public static IReadOnlyList<string> ShareChart(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        const int width = 60;
        const decimal scale = 6m;
        var yearIx = table.IndexOf("year");
        var shareIx = table.IndexOf("defence_exp_pct_gdp");
        var estIx = table.IndexOf("estimate");
        int Col(decimal percent) => (int)Math.Round(percent / scale * width, MidpointRounding.AwayFromZero);
        var marks = StatusReport.StandardThresholds.Select(t => Col(t.Percent)).ToArray();

        var lines = new List<string>();
        var axis = new StringBuilder(new string(' ', width + 1));
        foreach (var (mark, label) in marks.Zip(["2%", "3.5%", "5%"]))
        {
            for (var i = 0; i < label.Length && mark + i < axis.Length; i++)
            {
                axis[mark + i] = label[i];
            }
        }
        lines.Add("Share of GDP, %      " + axis.ToString().TrimEnd());
        foreach (var row in table.Rows)
        {
            if (row[shareIx] is not decimal share)
            {
                continue;
            }
            var bar = new StringBuilder();
            var filled = Math.Min(Col(share), width);
            for (var i = 0; i <= width; i++)
            {
                bar.Append(marks.Contains(i) ? (i < filled ? '┼' : '│') : i < filled ? '█' : ' ');
            }
            var estimate = row[estIx] is true ? "e" : " ";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{row[yearIx]}{estimate} {share,6:0.00}%      {bar.ToString().TrimEnd()}"));
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"Bars: share of real GDP as published; lines at {string.Join(", ", StatusReport.StandardThresholds.Select(t => t.Percent.ToString(CultureInfo.InvariantCulture) + "%"))}; e = estimate."));
        return lines;
    }
}
