using System.Diagnostics.CodeAnalysis;

namespace NatoSpend.Domain;

/// <summary>An ISO 4217 currency code, such as <c>EUR</c> or <c>USD</c>.</summary>
/// <remarks>Immutable; <c>default</c> is the empty code, which no amount of money uses.</remarks>
public readonly record struct Currency : IParsable<Currency>
{
    private readonly string? _code;

    private Currency(string code) => _code = code;

    /// <summary>The US dollar, NATO's common currency.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>The euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>The three upper-case letters.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Makes a currency from its three-letter code, in any case.</summary>
    /// <exception cref="ArgumentException">The text is not three ASCII letters.</exception>
    public static Currency From(string code) => TryParse(code, null, out var currency)
        ? currency
        : throw new ArgumentException($"A currency must be a three-letter ISO 4217 code such as EUR, but was '{code}'.", nameof(code));

    /// <inheritdoc/>
    public static Currency Parse(string s, IFormatProvider? provider) => From(s);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result)
    {
        var trimmed = s?.Trim();
        if (trimmed is { Length: 3 } && trimmed.All(char.IsAsciiLetter))
        {
            result = new Currency(trimmed.ToUpperInvariant());
            return true;
        }
        result = default;
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
