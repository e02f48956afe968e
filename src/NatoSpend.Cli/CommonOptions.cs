using System.CommandLine;
using NatoSpend.Cli.Output;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Cli;

/// <summary>Options several commands share, and how their values are checked, so every command binds them the same way.</summary>
public static class CommonOptions
{
    /// <summary><c>--data DIR</c>: read another data folder in the shipped layout (on every command).</summary>
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "Read the data from this folder (same layout as the shipped data: editions.json, nato/, macro/) instead of the shipped data.",
        Recursive = true,
    };

    /// <summary><c>--columns a,b,c</c>: the table columns to show, by id, in that order (on every command).</summary>
    public static Option<string?> Columns { get; } = new("--columns")
    {
        Description = "The table columns to show, by id (the CSV header's names), in that order, such as ally,name,share,gap_pp; tables otherwise fit the terminal's width, most useful columns first.",
        Recursive = true,
    };

    /// <summary><c>--wide</c>: every table column, whatever the terminal's width (on every command).</summary>
    public static Option<bool> Wide { get; } = new("--wide")
    {
        Description = "Show every table column, whatever the terminal's width (the terminal wraps long lines).",
        Recursive = true,
    };

    /// <summary><c>--edition</c>: which NATO edition (default the newest).</summary>
    public static Option<string?> Edition() => new("--edition")
    {
        Description = "The NATO edition, such as 2026 or 2025 (default: the newest; see 'natospend editions').",
    };

    /// <summary><c>--year</c>.</summary>
    public static Option<string?> Year(string description) => new("--year") { Description = description };

    /// <summary><c>--format table|csv|json</c>.</summary>
    public static Option<string> Format() => new("--format")
    {
        Description = "Output format: table, csv, json, or xlsx (a workbook, with --out FILE.xlsx).",
        DefaultValueFactory = _ => "table",
    };

    /// <summary><c>--allies</c>: codes or a group.</summary>
    public static Option<string> Allies() => new("--allies")
    {
        Description = "Allies: ISO3 codes separated by commas (DEU,POL) or a group: all, europe-canada, europe (NATO Europe, without Canada), eu.",
        DefaultValueFactory = _ => "all",
    };

    /// <summary><c>--target</c>: a share of GDP in percent.</summary>
    public static Option<string> Target(string defaultValue = "2") => new("--target")
    {
        Description = "The target share of GDP in percent: 2, 3.5, 5 or any number from 0 to 100.",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>Parses <c>--format</c>.</summary>
    public static OutputFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        "xlsx" => OutputFormat.Xlsx,
        _ => throw new UsageException($"The format '{text}' is not one NatoSpend writes; use table, csv, json or xlsx (with --out FILE.xlsx)."),
    };

    /// <summary>Parses <c>--target</c>.</summary>
    public static ShareOfGdp ParseTarget(string text) => Usage(() => UserInput.Target(text));

    /// <summary>Parses <c>--allies</c>.</summary>
    public static IReadOnlyList<Ally> ParseAllies(string text) => Usage(() => UserInput.Allies(text));

    /// <summary>Parses <c>--year</c> against the years an edition covers; default its latest year.</summary>
    public static int ParseYear(string? text, EditionData data) => Usage(() => UserInput.Year(text, data));


    /// <summary>Refuses a number with a comma (see <see cref="TypedNumber.RefuseComma"/>) as a usage error naming both readings.</summary>
    public static void RefuseComma(string text, string subject, Func<decimal, bool> fits, string example, bool whole = false) =>
        Usage(() => { TypedNumber.RefuseComma(text, subject, fits, example, whole); return true; });

    /// <summary>Runs a shared parser and turns its validation error into a usage error with the same sentence.</summary>
    public static T Usage<T>(Func<T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(UserInput.MessageOf(e));
        }
    }
}
