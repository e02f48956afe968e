namespace NatoSpend.Cli.Output;

/// <summary>How tables for people are laid out: fitted to a terminal's width, every column, or the columns a reader chose.</summary>
/// <param name="Width">The terminal's width in characters, or <c>null</c> when the output is piped (tables are then written whole, as before).</param>
/// <param name="Columns">The column ids <c>--columns</c> chose, in the order to show them, or <c>null</c>.</param>
/// <param name="Wide">True with <c>--wide</c>: every column, whatever the width.</param>
public sealed record TableLayout(int? Width, IReadOnlyList<string>? Columns, bool Wide)
{
    /// <summary>Every column, no fitting: the layout of piped output and of tests that do not ask for a width.</summary>
    public static TableLayout Full { get; } = new(null, null, false);

    /// <summary>The layout for the options given: <c>--columns</c> as typed (ids separated by commas) and <c>--wide</c>.</summary>
    /// <exception cref="UsageException">Both options are given, or <c>--columns</c> names no id.</exception>
    public static TableLayout Of(int? width, string? columns, bool wide)
    {
        if (columns is null)
        {
            return new TableLayout(width, null, wide);
        }
        if (wide)
        {
            throw new UsageException("--columns chooses the columns and --wide shows them all; give one of the two.");
        }
        var ids = columns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            throw new UsageException($"--columns must name at least one column id, separated by commas (such as ally,name,share), but was '{columns}'.");
        }
        return new TableLayout(width, [.. ids.Select(i => i.ToLowerInvariant()).Distinct(StringComparer.Ordinal)], false);
    }

    /// <summary>The terminal width to fit tables to: <c>COLUMNS</c> when it holds a positive number, else the console window's width; <c>null</c> when output is redirected.</summary>
    public static int? TerminalWidth(bool redirected, string? columnsVariable, Func<int> windowWidth)
    {
        ArgumentNullException.ThrowIfNull(windowWidth);
        if (redirected)
        {
            return null;
        }
        if (int.TryParse(columnsVariable, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fromVariable) && fromVariable > 0)
        {
            return fromVariable;
        }
        try
        {
            var window = windowWidth();
            return window > 0 ? window : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
