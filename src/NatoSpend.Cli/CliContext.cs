using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using Spectre.Console;

using NatoSpend.Reporting;

namespace NatoSpend.Cli;

/// <summary>What every command writes to and reads from: the console, the error stream, and the data.</summary>
/// <param name="Console">Where tables go.</param>
/// <param name="Out">Where CSV and JSON go (the same stream as <paramref name="Console"/>, unformatted).</param>
/// <param name="Error">Where messages for bad input go.</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    private readonly Dictionary<string, DataCatalog> _catalogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataSources> _sources = new(StringComparer.Ordinal);

    /// <summary>The terminal's width that tables fit into, or <c>null</c> when the output is piped (tables are written whole).</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>How tables are laid out: set once per run from <c>--columns</c> and <c>--wide</c> (see <see cref="Output.TableLayout"/>).</summary>
    public Output.TableLayout Layout { get; set; } = Output.TableLayout.Full;

    /// <summary>The data catalog of the shipped folder, or of <c>--data DIR</c>.</summary>
    /// <exception cref="DataFileException">The folder or its registry is unusable.</exception>
    public DataCatalog Catalog(string? dataDir)
    {
        var key = dataDir ?? "";
        if (!_catalogs.TryGetValue(key, out var catalog))
        {
            catalog = DataCatalog.Open(dataDir is null ? DataFolder.Shipped() : DataFolder.Open(dataDir));
            _catalogs[key] = catalog;
        }
        return catalog;
    }

    /// <summary>The data the use cases read, over the shipped data or over <paramref name="dataDir"/>.</summary>
    public DataSources Sources(string? dataDir)
    {
        var key = dataDir ?? "";
        if (!_sources.TryGetValue(key, out var sources))
        {
            sources = new DataSources(Catalog(dataDir));
            _sources[key] = sources;
        }
        return sources;
    }

    /// <summary>A context on the process's own console and streams.</summary>
    public static CliContext ForProcess()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        var redirected = System.Console.IsOutputRedirected;
        var terminal = Output.TableLayout.TerminalWidth(redirected, Environment.GetEnvironmentVariable("COLUMNS"), () => System.Console.WindowWidth);
        if (redirected)
        {
            // Piped tables are read by people in files and logs: do not wrap them at 80 columns.
            console.Profile.Width = 240;
        }
        else if (terminal is { } width)
        {
            console.Profile.Width = width;
        }
        return new CliContext(console, System.Console.Out, System.Console.Error) { TerminalWidth = terminal };
    }
}
