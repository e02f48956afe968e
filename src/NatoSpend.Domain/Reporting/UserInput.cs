using System.Globalization;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Status;

namespace NatoSpend.Domain.Reporting;

/// <summary>
/// Reads what a user typed (a CLI option or an API query parameter) into domain values, with one message per mistake,
/// so that the CLI and the REST API accept the same text and say the same thing when it is wrong.
/// </summary>
/// <remarks>Every method throws <see cref="ArgumentException"/>; <see cref="MessageOf"/> gives the sentence to show.</remarks>
public static class UserInput
{
    /// <summary>A target share of GDP: "2", "3.5", "5%".</summary>
    /// <exception cref="ArgumentException">The text is not a percent from 0 to 100.</exception>
    public static ShareOfGdp Target(string text) => ShareOfGdp.TryParse(text, CultureInfo.InvariantCulture, out var share)
        ? share
        : throw new ArgumentException($"The target '{text}' is not a share of GDP; give a number of percent from 0 to 100, such as 2, 3.5 or 5.", nameof(text));

    /// <summary>Allies: a group or a comma-separated list of codes.</summary>
    /// <exception cref="ArgumentException">A code or group is unknown.</exception>
    public static IReadOnlyList<Ally> Allies(string text) => AllyRegistry.Resolve(text);

    /// <summary>One ally by its ISO3 code.</summary>
    /// <exception cref="ArgumentException">The code names no ally; the message lists the codes.</exception>
    public static Ally Ally(string text)
    {
        var ally = AllyCode.TryParse(text, null, out var code) ? AllyRegistry.Find(code) : null;
        return ally ?? throw new ArgumentException(
            $"'{text}' is not an ally code; use one of {string.Join(", ", AllyRegistry.All.Select(a => a.Code.Value))}.", nameof(text));
    }

    /// <summary>A year the edition covers; <c>null</c> means the edition's latest year.</summary>
    /// <exception cref="ArgumentException">The text is not a year of the edition.</exception>
    public static int Year(string? text, EditionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (text is null)
        {
            return data.LastYear;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !data.Years.Contains(year))
        {
            throw new ArgumentException(
                $"The year '{text}' is not in edition {data.Edition.Id}, which covers {string.Join(", ", CompactYears(data.Years))}; choose one of those years.", nameof(text));
        }
        return year;
    }

    /// <summary>The column a status report is sorted by.</summary>
    /// <exception cref="ArgumentException">The text names no sort.</exception>
    public static StatusSort Sort(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.TryParse<StatusSort>(text.Trim(), ignoreCase: true, out var sort) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? sort
            : throw new ArgumentException($"The sort '{text}' is not a column status sorts by; use share, name, gap, change or spending.", nameof(text));
    }

    /// <summary>Years as ranges: 2014-2026, or 2014, 2024 (see <see cref="YearRanges.Compact"/>).</summary>
    public static IEnumerable<string> CompactYears(IReadOnlyList<int> years) => YearRanges.Compact(years);

    /// <summary>The message of a validation error without the parameter details meant for developers.</summary>
    public static string MessageOf(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var at = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        var text = at >= 0 ? message[..at] : message;
        var actual = text.IndexOf("\nActual value was", StringComparison.Ordinal);
        return actual >= 0 ? text[..actual].TrimEnd() : text;
    }
}
