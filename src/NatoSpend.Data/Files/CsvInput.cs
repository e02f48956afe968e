using System.Globalization;
using nietras.SeparatedValues;

namespace NatoSpend.Data.Files;

/// <summary>Opens CSV files for the readers: within the reader's size limit, UTF-8, no overlong row, and a header that names each column once.</summary>
internal static class CsvInput
{
    /// <summary>A reader over a data file, after its bytes passed every check.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="limit">The largest size accepted (<see cref="FileLimits"/>).</param>
    /// <param name="what">What the file is, for messages: "NATO data file".</param>
    /// <exception cref="DataFileException">The file is missing, too large, not UTF-8, has an overlong row or a column named twice.</exception>
    public static SepReader Open(string path, string display, int limit, string what)
    {
        var bytes = BoundedFile.Read(path, display, limit, what);
        var text = TextBytes.Checked(bytes, display, limit, what);
        TextBytes.RefuseLongRows(text.Span, display);
        // The reader skips a byte-order mark itself, as it decodes.
        return Open(options => options.From(new MemoryStream(bytes, writable: false)), display, 1);
    }

    /// <summary>A reader over CSV text already in memory (a plan's table, after its header lines).</summary>
    /// <param name="text">The text.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="headerLine">The file's line of the text's first line.</param>
    /// <exception cref="DataFileException">The header names a column twice.</exception>
    public static SepReader OpenText(string text, string display, int headerLine) => Open(options => options.FromText(text), display, headerLine);

    private static SepReaderOptions Options(bool hasHeader) => Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = hasHeader });

    private static SepReader Open(Func<SepReaderOptions, SepReader> from, string display, int headerLine)
    {
        try
        {
            return from(Options(hasHeader: true));
        }
        catch (ArgumentException e)
        {
            // The CSV reader refuses a header that names a column twice, in its own words and without a line; name the columns instead.
            throw new DataFileException(new DataProblem(display, headerLine, Twice(from) ?? $"the header row cannot be read ({e.Message}); give each column its own name."));
        }
    }

    // The sentence naming the first column named twice, read from the header as a plain row.
    private static string? Twice(Func<SepReaderOptions, SepReader> from)
    {
        using var reader = from(Options(hasHeader: false));
        foreach (var row in reader)
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < row.ColCount; i++)
            {
                var name = row[i].ToString();
                if (first.TryGetValue(name, out var earlier))
                {
                    return name.Trim().Length == 0
                        ? string.Create(CultureInfo.InvariantCulture, $"the header has two columns without a name (columns {earlier + 1} and {i + 1}); name every column or remove the extra separator.")
                        : string.Create(CultureInfo.InvariantCulture, $"the header names the column '{name.Trim()}' twice (columns {earlier + 1} and {i + 1}); keep one column of each name.");
                }
                first[name] = i;
            }
            break;
        }
        return null;
    }
}
