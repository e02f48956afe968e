using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Status;
using NatoSpend.Domain.Text;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Capability;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Status;
using NatoSpend.Reporting.Ukraine;

namespace NatoSpend.Reporting;

/// <summary>
/// Reads what a user typed (a CLI option or an API query parameter) into domain values, with one message per mistake,
/// so that the CLI and the REST API accept the same text and say the same thing when it is wrong.
/// </summary>
/// <remarks>Every method throws <see cref="ArgumentException"/>; <see cref="MessageOf"/> gives the sentence to show.</remarks>
public static class UserInput
{
    /// <summary>A target share of GDP: "2", "3.5", "5%".</summary>
    /// <exception cref="ArgumentException">The text has a comma, or is not a percent from 0 to 100.</exception>
    public static ShareOfGdp Target(string text)
    {
        TypedNumber.RefuseComma(text, $"The target '{text}'", v => v is >= 0m and <= 100m, "3.5");
        return ShareOfGdp.TryParse(text, CultureInfo.InvariantCulture, out var share)
            ? share
            : throw new ArgumentException($"The target '{text}' is not a share of GDP; give a number of percent from 0 to 100, such as 2, 3.5 or 5.", nameof(text));
    }

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
        TypedNumber.RefuseComma(text, $"The year '{text}'", v => v is >= 1949m and <= 2100m && IsWhole(v) && data.Years.Contains((int)v), data.LastYear.ToString(CultureInfo.InvariantCulture), whole: true);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !data.Years.Contains(year))
        {
            throw new ArgumentException(
                $"The year '{text}' is not in edition {data.Edition.Id}, which covers {string.Join(", ", CompactYears(data.Years))}; choose one of those years.", nameof(text));
        }
        return year;
    }

    /// <summary>A year of Kiel's Ukraine Support Tracker: a whole number (the ledger checks that it covers the year).</summary>
    /// <exception cref="ArgumentException">The text is not a whole number.</exception>
    public static int TrackerYear(string text, UkraineLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        TypedNumber.RefuseComma(text, $"The year '{text}'", v => v >= UkraineLedger.FirstYear && v <= ledger.LastYear && IsWhole(v), "2025", whole: true);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new ArgumentException(FormattableString.Invariant(
                $"The year '{text}' is not a year; give one from {UkraineLedger.FirstYear} to {ledger.LastYear}, such as 2025."), nameof(text));
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

    /// <summary>A year from <see cref="Years.First"/> to <see cref="Years.Last"/> given to <paramref name="name"/> (a CLI option or an API parameter).</summary>
    /// <exception cref="ArgumentException">The text is not such a year; the message gives <paramref name="example"/>.</exception>
    public static int YearValue(string text, string name, string example)
    {
        ArgumentNullException.ThrowIfNull(text);
        TypedNumber.RefuseComma(text, $"The year '{text}' given to {name}", v => v is >= 1949m and <= 2100m && IsWhole(v), example, whole: true);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= Years.First and <= Years.Last
            ? year
            : throw new ArgumentException($"The year '{text}' given to {name} is not a year from {Years.First} to {Years.Last}; give one such as {example}.", nameof(text));
    }

    /// <summary>A number given to <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The text is not a number; the message gives <paramref name="example"/>.</exception>
    public static decimal Number(string text, string name, string example)
    {
        ArgumentNullException.ThrowIfNull(text);
        TypedNumber.RefuseComma(text, $"The value '{text}' given to {name}", _ => true, example);
        return TypedNumber.TryParse(text, out var value)
            ? value
            : throw new ArgumentException($"The value '{text}' given to {name} is not a number; give one such as {example}.", nameof(text));
    }

    /// <summary>A path shape: linear, min-step, real-growth, front-loaded or hold.</summary>
    /// <exception cref="ArgumentException">The text names no shape.</exception>
    public static PathShape Shape(string text) => PathShapes.Find(text) ?? throw new ArgumentException(PathShapes.UnknownMessage(text), nameof(text));

    /// <summary>A long-run growth override: 3.1 (nominal), 1.2+2.0 (real plus inflation), or DEU=3.1 for one ally.</summary>
    /// <exception cref="ArgumentException">The text has a comma, or is not a growth assumption.</exception>
    public static GrowthOverride Growth(string text)
    {
        TypedNumber.RefuseComma(text, $"The growth '{text}'", v => v is >= -50m and <= 100m, "DEU=1.2+2.0");
        return GrowthOverride.TryParse(text, CultureInfo.InvariantCulture, out var growth)
            ? growth
            : throw new ArgumentException($"The growth '{text}' is not a growth assumption; give nominal percent a year (3.1), real plus inflation (1.2+2.0), or one ally's (DEU=3.1), each between -50 and 100.", nameof(text));
    }

    /// <summary>An exchange rate to hold: a currency and its units per USD, such as EUR=0.92.</summary>
    /// <exception cref="ArgumentException">The text is not such a rate.</exception>
    public static KeyValuePair<Currency, decimal> Rate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        TypedNumber.RefuseComma(text, $"The rate '{text}'", v => v > 0m, "EUR=0.92");
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Currency.TryParse(parts[0], null, out var currency)
            && TypedNumber.TryParse(parts[1], out var rate) && rate > 0m
            ? KeyValuePair.Create(currency, rate)
            : throw new ArgumentException($"The rate '{text}' is not an exchange rate; give a currency and its units per USD above 0, such as EUR=0.92.", nameof(text));
    }

    /// <summary>How exchange rates move over a projection: <c>outlook</c> (the default) or <c>hold</c>.</summary>
    /// <exception cref="ArgumentException">The text names no rule.</exception>
    public static ExchangeRateRule ExchangeRates(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "outlook" => ExchangeRateRule.Outlook,
        "hold" => ExchangeRateRule.Hold,
        _ => throw new ArgumentException($"The exchange-rate rule '{text}' is not one NatoSpend knows; use outlook (the outlook's rates, then relative prices; the default) or hold (NATO's base-year rate held).", nameof(text)),
    };

    /// <summary>Growth and exchange-rate overrides for a GDP projection.</summary>
    /// <exception cref="ArgumentException">A value is not a growth assumption, a rate or an exchange-rate rule.</exception>
    public static ProjectionOptions Projection(IEnumerable<string> growth, IEnumerable<string> rates, string? exchangeRates = null)
    {
        ArgumentNullException.ThrowIfNull(growth);
        ArgumentNullException.ThrowIfNull(rates);
        var overrides = growth.Select(Growth).ToArray();
        var held = new Dictionary<Currency, decimal>();
        foreach (var (currency, rate) in rates.Select(Rate))
        {
            held[currency] = rate;
        }
        return new ProjectionOptions(overrides, held, ExchangeRates(exchangeRates));
    }

    /// <summary>A number of service members to add given to <paramref name="name"/>: from 1 to <see cref="PersonnelCost.MaxAdded"/>; underscores allowed (60_000).</summary>
    /// <exception cref="ArgumentException">The text is not such a number.</exception>
    public static decimal Count(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        TypedNumber.RefuseComma(text, $"The number '{text}' given to {name}", v => v is > 0m and <= PersonnelCost.MaxAdded && IsWhole(v), "60000", whole: true);
        if (!TypedNumber.TryParse(text.Replace("_", "", StringComparison.Ordinal), out var count))
        {
            throw new ArgumentException($"The number '{text}' given to {name} is not a number; give how many service members to add, such as 60000.", nameof(text));
        }
        return count is > 0m and <= PersonnelCost.MaxAdded
            ? count
            : throw new ArgumentException(FormattableString.Invariant(
                $"The number {count:#,0.##} given to {name} must be from 1 to {PersonnelCost.MaxAdded:#,0}; give how many service members to add, such as 60000."), nameof(text));
    }

    /// <summary>How added service members arrive: linear or immediate.</summary>
    /// <exception cref="ArgumentException">The text names no ramp.</exception>
    public static Ramp Ramp(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "linear" => NatoSpend.Domain.Capability.Ramp.Linear,
            "immediate" => NatoSpend.Domain.Capability.Ramp.Immediate,
            var other => throw new ArgumentException($"The ramp '{other}' is not one NatoSpend knows; use linear or immediate.", nameof(text)),
        };
    }

    /// <summary>How a need is spread over allies: population, gdp or personnel.</summary>
    /// <exception cref="ArgumentException">The text names no key.</exception>
    public static SpreadKey SpreadKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "population" => NatoSpend.Domain.Capability.SpreadKey.Population,
            "gdp" => NatoSpend.Domain.Capability.SpreadKey.Gdp,
            "personnel" => NatoSpend.Domain.Capability.SpreadKey.Personnel,
            var other => throw new ArgumentException($"The key '{other}' is not one NatoSpend spreads by; use population, gdp or personnel.", nameof(text)),
        };
    }

    /// <summary>Years as ranges: 2014-2026, or 2014, 2024 (see <see cref="YearRanges.Compact"/>).</summary>
    public static IEnumerable<string> CompactYears(IReadOnlyList<int> years) => YearRanges.Compact(years);

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);

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
