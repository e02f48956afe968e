using System.Globalization;
using System.Text;

namespace NatoSpend.Domain.Text;

/// <summary>
/// The one rule for numbers people type, in every CLI option and API query parameter: a point for decimals and no thousands
/// separator. A comma is refused, because <c>3,5</c> is 3.5 to most European readers and 35 to a parser with thousands separators,
/// and guessing silently changes the answer.
/// </summary>
public static class TypedNumber
{
    /// <summary>What a typed number may hold: a leading sign, digits and a decimal point, with white space around it; never a thousands separator.</summary>
    public const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>What a typed whole number may hold: digits with white space around them.</summary>
    public const NumberStyles WholeStyles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>Reads a decimal number under <see cref="Styles"/> in the invariant culture.</summary>
    public static bool TryParse(string? text, out decimal value) => decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value);

    /// <summary>Refuses text with a comma in a number, with one sentence naming both readings and the form to use.</summary>
    /// <param name="text">What the user typed, such as <c>3,5</c>, <c>60,000</c> or <c>DEU=1,2+2,0</c>.</param>
    /// <param name="subject">The start of the sentence naming the input and the text, such as <c>The target '3,5'</c>.</param>
    /// <param name="fits">Whether a reading of one number is a value the input accepts; it picks the form to suggest.</param>
    /// <param name="example">A well-formed value, suggested when no reading of the text is a number.</param>
    /// <param name="whole">Whether the input takes whole numbers only (a count, a year), which the sentence then says.</param>
    /// <exception cref="ArgumentException">The text has a comma.</exception>
    public static void RefuseComma(string? text, string subject, Func<decimal, bool> fits, string example, bool whole = false)
    {
        if (CommaProblem(text, subject, fits, example, whole) is { } message)
        {
            throw new ArgumentException(message, nameof(text));
        }
    }

    /// <summary>The sentence refusing text with a comma in a number (see <see cref="RefuseComma"/>), or <c>null</c> when it has none.</summary>
    public static string? CommaProblem(string? text, string subject, Func<decimal, bool> fits, string example, bool whole = false)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(fits);
        if (text is null || !text.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }
        var asDecimals = new StringBuilder();
        var asThousands = new StringBuilder();
        var suggested = new StringBuilder();
        var ambiguous = false;
        var start = 0;
        while (start < text.Length)
        {
            if (!IsNumberChar(text[start]))
            {
                asDecimals.Append(text[start]);
                asThousands.Append(text[start]);
                suggested.Append(text[start]);
                start++;
                continue;
            }
            var end = start;
            while (end < text.Length && IsNumberChar(text[end]))
            {
                end++;
            }
            var run = text[start..end];
            start = end;
            if (!run.Contains(',', StringComparison.Ordinal))
            {
                asDecimals.Append(run);
                asThousands.Append(run);
                suggested.Append(run);
                continue;
            }
            var (decimalReading, thousandsReading) = Readings(run);
            if (decimalReading is null && thousandsReading is null)
            {
                return whole
                    ? $"{subject} has a comma; write a whole number without a thousands separator, such as {example}."
                    : $"{subject} has a comma; write numbers with a point for decimals and no thousands separator, such as {example}.";
            }
            ambiguous |= decimalReading is not null && thousandsReading is not null && decimalReading != thousandsReading;
            asDecimals.Append(Format(decimalReading ?? thousandsReading!.Value));
            asThousands.Append(Format(thousandsReading ?? decimalReading!.Value));
            suggested.Append(Format(Pick(run, decimalReading, thousandsReading, fits)));
        }
        var form = whole ? "a whole number, no thousands separator" : "a point for decimals, no thousands separator";
        return ambiguous
            ? $"{subject} has a comma, which could mean {asDecimals} or {asThousands}; write {suggested} ({form})."
            : $"{subject} has a comma; write {suggested} ({form}).";
    }

    private static bool IsNumberChar(char c) => c is (>= '0' and <= '9') or '.' or ',';

    // A run of digits, points and commas read both ways: "3,5" is 3.5 or 35; "1,234,567" can only be thousands;
    // "1.234,5" and "1,234.5" say which mark is the decimal one by putting it last.
    private static (decimal? Decimal, decimal? Thousands) Readings(string run)
    {
        if (!char.IsAsciiDigit(run[0]) || !char.IsAsciiDigit(run[^1]))
        {
            return (null, null);
        }
        var commas = run.Count(c => c == ',');
        var lastComma = run.LastIndexOf(',');
        var lastPoint = run.LastIndexOf('.');
        if (lastPoint >= 0)
        {
            return lastPoint > lastComma
                ? (null, Groups(run[..lastPoint], ',') ? Parse(run.Replace(",", "", StringComparison.Ordinal)) : null)
                : (commas == 1 && Groups(run[..lastComma], '.') ? Parse(run.Replace(".", "", StringComparison.Ordinal).Replace(',', '.')) : null, null);
        }
        var decimalReading = commas == 1 ? Parse(run.Replace(',', '.')) : null;
        var thousandsReading = run.Split(',').Skip(1).All(g => g.Length == 3) || commas == 1 ? Parse(run.Replace(",", "", StringComparison.Ordinal)) : null;
        return (decimalReading, thousandsReading);
    }

    // Thousands groups: one to three digits, then groups of exactly three.
    private static bool Groups(string digits, char separator)
    {
        var groups = digits.Split(separator);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
    }

    private static decimal? Parse(string text) =>
        text.Length > 0 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]) && TryParse(text, out var value) ? value : null;

    // The form to suggest: the reading the input accepts; when both fit, groups of three digits after the comma read as thousands.
    private static decimal Pick(string run, decimal? decimalReading, decimal? thousandsReading, Func<decimal, bool> fits)
    {
        if (decimalReading is not { } d)
        {
            return thousandsReading!.Value;
        }
        if (thousandsReading is not { } t)
        {
            return d;
        }
        return (fits(d), fits(t)) switch
        {
            (true, false) => d,
            (false, true) => t,
            _ => run.Split(',')[^1].Length == 3 ? t : d,
        };
    }

    private static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
