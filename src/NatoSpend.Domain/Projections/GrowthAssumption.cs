using System.Diagnostics.CodeAnalysis;
using NatoSpend.Domain.Allies;
using static System.FormattableString;

namespace NatoSpend.Domain.Projections;

/// <summary>A long-run growth assumption for GDP: nominal growth, or real growth plus inflation, percent a year.</summary>
/// <remarks>Immutable; <c>default</c> is 0% nominal growth. Text form: <c>3.1</c> (nominal) or <c>1.2+2.0</c> (real plus inflation).</remarks>
public readonly record struct GrowthAssumption : IParsable<GrowthAssumption>
{
    private GrowthAssumption(decimal nominalPct, decimal? realPct, decimal? inflationPct)
    {
        NominalPct = nominalPct;
        RealPct = realPct;
        InflationPct = inflationPct;
    }

    /// <summary>Nominal growth, percent a year.</summary>
    public decimal NominalPct { get; }

    /// <summary>Real growth, percent a year, when the assumption was given as real plus inflation.</summary>
    public decimal? RealPct { get; }

    /// <summary>Inflation (GDP deflator), percent a year, when the assumption was given as real plus inflation.</summary>
    public decimal? InflationPct { get; }

    /// <summary>Nominal growth, percent a year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The growth is not between −50 and 100 percent.</exception>
    public static GrowthAssumption Nominal(decimal percent) => new(Check(percent, nameof(percent), "nominal growth"), null, null);

    /// <summary>Real growth plus inflation; nominal growth is <c>(1 + real)(1 + inflation) − 1</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate is not between −50 and 100 percent.</exception>
    public static GrowthAssumption RealPlusInflation(decimal realPct, decimal inflationPct)
    {
        Check(realPct, nameof(realPct), "real growth");
        Check(inflationPct, nameof(inflationPct), "inflation");
        var nominal = ((1m + realPct / 100m) * (1m + inflationPct / 100m) - 1m) * 100m;
        return new(nominal, realPct, inflationPct);
    }

    /// <inheritdoc/>
    public static GrowthAssumption Parse(string s, IFormatProvider? provider) => TryParse(s, provider, out var g)
        ? g
        : throw new FormatException($"A growth assumption must be nominal percent a year such as 3.1, or real plus inflation such as 1.2+2.0, each between -50 and 100, but was '{s}'.");

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out GrowthAssumption result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            return false;
        }
        var parts = s.Trim().TrimEnd('%').Split('+', StringSplitOptions.TrimEntries);
        var numbers = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            // No thousands separator: "1,2" is not read as 12 (see TypedNumber).
            if (!Text.TypedNumber.TryParse(parts[i].TrimEnd('%'), out numbers[i]) || numbers[i] is < -50m or > 100m)
            {
                return false;
            }
        }
        switch (numbers.Length)
        {
            case 1:
                result = Nominal(numbers[0]);
                return true;
            case 2:
                result = RealPlusInflation(numbers[0], numbers[1]);
                return true;
            default:
                return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => RealPct is { } r && InflationPct is { } i
        ? Invariant($"{r:0.0##}% real + {i:0.0##}% inflation = {NominalPct:0.0##}% nominal a year")
        : Invariant($"{NominalPct:0.0##}% nominal a year");

    private static decimal Check(decimal value, string name, string what) => value is >= -50m and <= 100m
        ? value
        : throw new ArgumentOutOfRangeException(name, value, Invariant($"The {what} {value}% is outside -50% to 100% a year; choose a rate in that range, such as 3."));
}

/// <summary>A user's growth override: for every ally or for one (text form <c>3.1</c>, <c>1.2+2.0</c>, <c>DEU=3.1</c>, <c>DEU=1.2+2.0</c>).</summary>
/// <param name="Ally">The ally it applies to, or <c>null</c> for every ally.</param>
/// <param name="Growth">The assumption.</param>
public sealed record GrowthOverride(AllyCode? Ally, GrowthAssumption Growth) : IParsable<GrowthOverride>
{
    /// <inheritdoc/>
    public static GrowthOverride Parse(string s, IFormatProvider? provider) => TryParse(s, provider, out var o)
        ? o
        : throw new FormatException($"A growth override must be a rate for all allies (3.1 nominal, or 1.2+2.0 real plus inflation) or one ally's (DEU=3.1, DEU=1.2+2.0), but was '{s}'.");

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out GrowthOverride result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }
        var eq = s.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            if (GrowthAssumption.TryParse(s, provider, out var all))
            {
                result = new GrowthOverride(null, all);
                return true;
            }
            return false;
        }
        if (AllyCode.TryParse(s[..eq], provider, out var code) && AllyRegistry.Find(code) is not null
            && GrowthAssumption.TryParse(s[(eq + 1)..], provider, out var own))
        {
            result = new GrowthOverride(code, own);
            return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Ally is { } a ? $"{a}={Growth}" : Growth.ToString();
}
