using System.Buffers;
using System.Globalization;
using System.Text;

namespace NatoSpend.Data.Files;

/// <summary>The checks every file's bytes pass before a parser sees them: UTF-8 throughout, and (for CSV) no row past <see cref="FileLimits.LongestRow"/>.</summary>
internal static class TextBytes
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes without a UTF-8 byte-order mark, once they are known to be UTF-8 text within <paramref name="limit"/>.</summary>
    /// <exception cref="DataFileException">The bytes are more than <paramref name="limit"/>, UTF-16, or not valid UTF-8 (named with its line and column).</exception>
    public static ReadOnlyMemory<byte> Checked(ReadOnlyMemory<byte> bytes, string display, int limit, string what)
    {
        if (bytes.Length > limit)
        {
            throw BoundedFile.TooLarge(display, limit, what, bytes.Length);
        }
        var span = bytes.Span;
        if (span.StartsWith(Bom))
        {
            return Checked(bytes[Bom.Length..], display, limit, what);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new DataFileException(new DataProblem(display, 1, $"the {what} is UTF-16 text; save it as UTF-8, which NatoSpend reads."));
        }
        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            var at = FirstInvalid(span);
            var (line, column) = Position(span, at);
            throw new DataFileException(new DataProblem(display, line, string.Create(CultureInfo.InvariantCulture,
                $"the {what} is not UTF-8 text: the byte 0x{span[at]:X2} in column {column} is not valid UTF-8; save the file as UTF-8.")));
        }
        return bytes;
    }

    /// <summary>Refuses a CSV text whose row (quoted line breaks included, as the CSV reader counts them) is longer than <see cref="FileLimits.LongestRow"/>.</summary>
    /// <remarks>The CSV reader stops with an exception on a row of 16 MiB; this names the row's line instead, and says why it is long.</remarks>
    /// <exception cref="DataFileException">A row is too long.</exception>
    public static void RefuseLongRows(ReadOnlySpan<byte> text, string display, int firstLine = 1)
    {
        var line = firstLine;
        var rowStart = 0;
        var rowLine = firstLine;
        var quoted = false;
        var position = 0;
        while (true)
        {
            var next = text[position..].IndexOfAny((byte)'"', (byte)'\n', (byte)'\r');
            var end = next < 0 ? text.Length : position + next;
            if (end - rowStart > FileLimits.LongestRow)
            {
                throw new DataFileException(new DataProblem(display, rowLine, quoted
                    ? $"the row is longer than {FileLimits.Describe(FileLimits.LongestRow)} because a quote (\") opened on it is never closed; close the quote."
                    : $"the row is longer than {FileLimits.Describe(FileLimits.LongestRow)}, far longer than any row NatoSpend reads; check that this is the CSV file you meant."));
            }
            if (next < 0)
            {
                return;
            }
            position = end + 1;
            if (text[end] == (byte)'"')
            {
                quoted = !quoted;
                continue;
            }
            if (text[end] == (byte)'\r' && position < text.Length && text[position] == (byte)'\n')
            {
                position++;
            }
            line++;
            if (!quoted)
            {
                rowStart = position;
                rowLine = line;
            }
        }
    }

    // The offset of the first byte that does not start or continue a valid UTF-8 sequence; called once IsValid said there is one.
    private static int FirstInvalid(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        while (offset < span.Length)
        {
            var ascii = span[offset..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }
            offset += ascii;
            if (Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return Math.Max(0, span.Length - 1);
    }

    // The 1-based line and column (in bytes) of an offset; a line ends at \n, \r\n or \r, as the CSV reader counts lines.
    private static (int Line, int Column) Position(ReadOnlySpan<byte> span, int offset)
    {
        var before = span[..offset];
        var line = 1 + before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
        var start = before.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        return (line, offset - start + 1);
    }
}
