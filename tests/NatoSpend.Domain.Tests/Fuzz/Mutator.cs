using System.Text;

namespace NatoSpend.Tests.Fuzz;

/// <summary>Mutates a file's bytes the ways a careless user, a broken export or an attacker would: one seeded random generator, so a run can be repeated.</summary>
public sealed class Mutator(Random random, IReadOnlyList<byte[]> corpus)
{
    // Tokens that mean something to one of the formats: separators, quotes, JSON syntax, escapes, header names, numbers at the edges.
    private static readonly byte[][] Tokens = [.. new[]
    {
        ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "#", "# ally: ", "{", "}", "[", "]", ":", "null", "true", "-", ".", "e", "%",
        "\\ud800", "\\udc00", "\\u0000", "\\\"", "/*", "//", "year", "core_share", "value", "metric", "iso3", "indicator", "NGDP",
        "military_allocations", "milex_share_of_gdp", "defence_exp_pct_gdp", "DEU", "XXX", "2030", "-1", "0", "1e28", "-1e28", "1e400",
        "79228162514264337593543950335", "0.0000000000000000000000000001", "99999999999", "2147483648", "NaN", "Infinity", "1,5",
    }.Select(Encoding.UTF8.GetBytes)];

    private static readonly byte[][] BadBytes = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x00]];

    private static readonly byte[][] Marks = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]];

    /// <summary>A seed from the corpus (its index, and its bytes with one to four mutations applied).</summary>
    public (int Seed, byte[] Bytes) Next()
    {
        var seed = random.Next(corpus.Count);
        var bytes = new List<byte>(corpus[seed]);
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            Mutate(bytes);
        }
        return (seed, [.. bytes]);
    }

    private void Mutate(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(14))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8)); // flip a bit
                break;
            case 1 when bytes.Count > 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 2:
                bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                break;
            case 3 when bytes.Count > 0:
                bytes.RemoveRange(at, random.Next(Math.Min(64, bytes.Count - at) + 1));
                break;
            case 4 when bytes.Count > 0:
                // Duplicate a stretch, as a splice within the file (repeated rows, repeated keys).
                var length = random.Next(Math.Min(256, bytes.Count - at) + 1);
                bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                break;
            case 5:
                // Splice in a stretch of another seed.
                var other = corpus[random.Next(corpus.Count)];
                var from = random.Next(other.Length);
                bytes.InsertRange(at, other.Skip(from).Take(random.Next(Math.Min(256, other.Length - from) + 1)));
                break;
            case 6:
            case 7:
                bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 8:
                ReplaceNumber(bytes);
                break;
            case 9:
                bytes.InsertRange(at, BadBytes[random.Next(BadBytes.Length)]);
                break;
            case 10:
                bytes.InsertRange(0, Marks[random.Next(Marks.Length)]);
                break;
            case 11:
                // A long line: mostly a few kilobytes; now and then past the longest row any reader accepts.
                var run = random.Next(50) == 0 ? (1 << 20) + random.Next(4096) : random.Next(1, 5000);
                bytes.InsertRange(at, Enumerable.Repeat((byte)(random.Next(2) == 0 ? 'x' : '"'), run));
                break;
            case 12 when bytes.Count > 0:
                bytes.RemoveRange(at, bytes.Count - at); // truncated, as by a failed download
                break;
            default:
                SwapLines(bytes);
                break;
        }
    }

    // Replaces the digits of one number with a number at the edge of what a decimal, a double or an int holds.
    private void ReplaceNumber(List<byte> bytes)
    {
        var digits = Enumerable.Range(0, bytes.Count).Where(i => char.IsAsciiDigit((char)bytes[i]) && (i == 0 || !char.IsAsciiDigit((char)bytes[i - 1]))).ToArray();
        if (digits.Length == 0)
        {
            return;
        }
        var start = digits[random.Next(digits.Length)];
        var end = start;
        while (end < bytes.Count && (char.IsAsciiDigit((char)bytes[end]) || bytes[end] == '.'))
        {
            end++;
        }
        string[] edges = ["1e28", "7.9e28", "-7.9e28", "1e400", "1e-400", "79228162514264337593543950336", "0.00000000000000000000000000001", "2147483648", "-2147483649", "9999999999999999999999", "0", "-0"];
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(edges[random.Next(edges.Length)]));
    }

    private void SwapLines(List<byte> bytes)
    {
        var lines = Encoding.Latin1.GetString([.. bytes]).Split('\n');
        if (lines.Length < 2)
        {
            return;
        }
        var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        if (random.Next(3) == 0)
        {
            lines[a] = lines[b]; // a repeated row
        }
        bytes.Clear();
        bytes.AddRange(Encoding.Latin1.GetBytes(string.Join('\n', lines)));
    }
}
