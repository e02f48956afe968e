using System.Diagnostics.CodeAnalysis;

namespace NatoSpend.Domain.Allies;

/// <summary>An ally's ISO 3166-1 alpha-3 code, such as <c>DEU</c>.</summary>
/// <remarks>Immutable; stored upper case. <c>default</c> is the empty code, which names no ally.</remarks>
public readonly record struct AllyCode : IComparable<AllyCode>, IParsable<AllyCode>
{
    private readonly string? _value;

    private AllyCode(string value) => _value = value;

    /// <summary>The three upper-case letters.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Makes a code from three letters, in any case.</summary>
    /// <exception cref="ArgumentException">The text is not three ASCII letters.</exception>
    public static AllyCode From(string text) => TryParse(text, null, out var code)
        ? code
        : throw new ArgumentException(
            $"An ally code must be three letters (ISO 3166-1 alpha-3, such as DEU), but was '{text}'.", nameof(text));

    /// <inheritdoc/>
    public static AllyCode Parse(string s, IFormatProvider? provider) => From(s);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AllyCode result)
    {
        var trimmed = s?.Trim();
        if (trimmed is { Length: 3 } && trimmed.All(char.IsAsciiLetter))
        {
            result = new AllyCode(trimmed.ToUpperInvariant());
            return true;
        }
        result = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(AllyCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator <(AllyCode left, AllyCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator >(AllyCode left, AllyCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator <=(AllyCode left, AllyCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator >=(AllyCode left, AllyCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
