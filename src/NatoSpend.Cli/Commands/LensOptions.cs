using System.CommandLine;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Measures;

namespace NatoSpend.Cli.Commands;

/// <summary>The options of the PPP lens and the derived measures, shared by <c>status</c>, <c>world</c> and <c>compare</c>.</summary>
public static class LensOptions
{
    /// <summary><c>--prices current|ppp</c>.</summary>
    public static Option<string?> Prices() => new("--prices")
    {
        Description = "current (default: current prices and market exchange rates, as published) or ppp (also at GDP-wide purchasing-power parity, international dollars from the IMF WEO's PPPEX; not a military price index).",
    };

    /// <summary><c>--measures</c>: show the derived measures in the terminal table (CSV, JSON and downloads always carry them).</summary>
    public static Option<bool> Measures() => new("--measures")
    {
        Description = "Show per capita, per service member and share of government expenditure in the terminal table too (CSV, JSON and downloads always have them).",
    };

    /// <summary>The columns a terminal table leaves out: the derived measures unless <c>--measures</c> asks for them (PPP spending stays when asked for), and the PPP note when no row has one.</summary>
    public static IReadOnlyCollection<string> Hidden(ReportTable table, bool measures, IEnumerable<string> others)
    {
        ArgumentNullException.ThrowIfNull(table);
        var note = table.Columns.ToList().FindIndex(c => c.Key == "ppp_note");
        var quiet = note >= 0 && table.Rows.All(r => r[note] is null or "") ? ["ppp_note"] : Array.Empty<string>();
        return measures ? [.. others, .. quiet] : [.. others, .. quiet, .. MeasureColumns.Keys];
    }
}
