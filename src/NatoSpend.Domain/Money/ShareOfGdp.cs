using System.Diagnostics.CodeAnalysis;
using static System.FormattableString;

namespace NatoSpend.Domain;

/// <summary>Spending as a share of GDP, in percent (3.5 means 3.5% of GDP).</summary>
/// <remarks>Immutable; <c>default</c> is zero.</remarks>
public readonly record struct ShareOfGdp : IComparable<ShareOfGdp>, IParsable<ShareOfGdp>
{
    private ShareOfGdp(decimal percent) => Percent = percent;

    /// <summary>The share in percent of GDP.</summary>
    public decimal Percent { get; }

    /// <summary>A share given in percent of GDP, between 0 and 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The percent is below 0 or above 100.</exception>
    public static ShareOfGdp FromPercent(decimal percent) => percent is >= 0m and <= 100m
        ? new(percent)
        : throw new ArgumentOutOfRangeException(nameof(percent), percent,
            Invariant($"A share of GDP must be between 0 and 100 percent, but was {percent}."));

    /// <summary>The share as NATO prints it: rounded to 2 decimals, half away from zero.</summary>
    /// <remarks>NATO treats a printed 2.00 as meeting 2% (Spain 2025 is 2.000015 in the 2025 edition's Excel file).</remarks>
    public ShareOfGdp RoundedAsPublished => new(decimal.Round(Percent, 2, MidpointRounding.AwayFromZero));

    /// <summary>Whether the share meets a target, comparing NATO's 2-decimal rounding of the share with the target.</summary>
    public bool Meets(ShareOfGdp target) => RoundedAsPublished.Percent >= target.Percent;

    /// <summary>The spending this share of a GDP amounts to.</summary>
    public static Money operator *(ShareOfGdp share, Money gdp) => gdp * (share.Percent / 100m);

    /// <summary>The difference in percentage points.</summary>
    public static decimal operator -(ShareOfGdp left, ShareOfGdp right) => left.Percent - right.Percent;

    /// <summary>Compares two shares.</summary>
    public static bool operator <(ShareOfGdp left, ShareOfGdp right) => left.Percent < right.Percent;

    /// <summary>Compares two shares.</summary>
    public static bool operator >(ShareOfGdp left, ShareOfGdp right) => left.Percent > right.Percent;

    /// <summary>Compares two shares.</summary>
    public static bool operator <=(ShareOfGdp left, ShareOfGdp right) => left.Percent <= right.Percent;

    /// <summary>Compares two shares.</summary>
    public static bool operator >=(ShareOfGdp left, ShareOfGdp right) => left.Percent >= right.Percent;

    /// <inheritdoc/>
    public int CompareTo(ShareOfGdp other) => Percent.CompareTo(other.Percent);

    /// <summary>Parses "3.5", "3.5%", "3.5 %" or "3.50% of GDP" (the form <see cref="ToString"/> writes) in the invariant culture; a comma is never read as a decimal or thousands separator.</summary>
    /// <exception cref="FormatException">The text is not a percent between 0 and 100.</exception>
    public static ShareOfGdp Parse(string s, IFormatProvider? provider) => TryParse(s, provider, out var share)
        ? share
        : throw new FormatException($"A share of GDP must be a number of percent between 0 and 100, such as 3.5, but was '{s}'.");

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ShareOfGdp result)
    {
        var text = s?.Trim();
        if (text is not null && text.EndsWith(OfGdp, StringComparison.Ordinal))
        {
            text = text[..^OfGdp.Length];
        }
        text = text?.TrimEnd().TrimEnd('%').TrimEnd();
        // No thousands separator: "3,5" is not read as 35 (see TypedNumber).
        if (Text.TypedNumber.TryParse(text, out var percent) && percent is >= 0m and <= 100m)
        {
            result = new ShareOfGdp(percent);
            return true;
        }
        result = default;
        return false;
    }

    private const string OfGdp = " of GDP";

    /// <summary>"3.50% of GDP": two decimals as NATO prints, or every decimal the value has beyond them, so that <see cref="Parse"/> gives the value back.</summary>
    public override string ToString() => Percent == Math.Round(Percent, 2) ? Invariant($"{Percent:0.00}% of GDP") : Invariant($"{Percent}% of GDP");
}
