using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.World;

/// <summary>A country a comparison sets side by side: an ally (with NATO's name) or another country a SIPRI release holds (with SIPRI's name).</summary>
/// <param name="Code">ISO3 code, upper case.</param>
/// <param name="Name">NATO's name for an ally, SIPRI's for any other country.</param>
/// <param name="IsAlly">Whether it is an ally: NATO publishes figures only for allies.</param>
public sealed record Country(string Code, string Name, bool IsAlly)
{
    /// <summary>An ally.</summary>
    public static Country Of(Ally ally)
    {
        ArgumentNullException.ThrowIfNull(ally);
        return new Country(ally.Code.Value, ally.Name, IsAlly: true);
    }

    /// <summary>The countries the text names: a group of allies (<see cref="AllyRegistry.GroupNames"/>), or a comma-separated list of allies' codes and of the release's other countries.</summary>
    /// <exception cref="ArgumentException">A code names neither an ally nor a country of the release; the message lists what is accepted.</exception>
    public static IReadOnlyList<Country> Resolve(string text, SipriRelease release)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(release);
        if (AllyRegistry.GroupNames.Contains(text.Trim().ToLowerInvariant()))
        {
            return [.. AllyRegistry.Resolve(text).Select(Of)];
        }
        var picked = new List<Country>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ally = AllyCode.TryParse(part, null, out var code) ? AllyRegistry.Find(code) : null;
            var country = ally is not null ? Of(ally)
                : release.Country(part) is { } other ? new Country(other.Code, other.Name, IsAlly: false)
                : throw new ArgumentException(UnknownMessage(part, release), nameof(text));
            if (!picked.Contains(country))
            {
                picked.Add(country);
            }
        }
        return picked.Count > 0 ? picked : throw new ArgumentException(UnknownMessage(text, release), nameof(text));
    }

    private static string UnknownMessage(string text, SipriRelease release)
    {
        var others = release.Countries.Where(c => !AllyCode.TryParse(c.Code, null, out var code) || AllyRegistry.Find(code) is null).Select(c => c.Code);
        return $"'{text}' is not an ally code or group, nor a country of SIPRI's {release.Edition.Id} release; use an ISO3 code such as DEU or RUS (a comma-separated list is fine), one of the groups {string.Join(", ", AllyRegistry.GroupNames)}, or one of SIPRI's other countries {string.Join(", ", others)}.";
    }
}
