using System.Collections.Frozen;

namespace NatoSpend.Domain.Allies;

/// <summary>The 32 allies, with the groups NATO reports on.</summary>
public static class AllyRegistry
{
    /// <summary>What NatoSpend says of Iceland: NATO publishes no defence expenditure for it.</summary>
    public const string IcelandReason = "no armed forces, no expenditure data";

    /// <summary>The groups a user can name instead of a list of codes.</summary>
    public static readonly IReadOnlyList<string> GroupNames = ["all", "europe-canada", "europe", "eu"];

    /// <summary>Every ally, in NATO's alphabetical order of English names.</summary>
    public static IReadOnlyList<Ally> All { get; } =
    [
        Make("ALB", "Albania", 2009, "ALL", eu: false),
        Make("BEL", "Belgium", 1949, "EUR", eu: true),
        Make("BGR", "Bulgaria", 2004, "EUR", eu: true),
        Make("CAN", "Canada", 1949, "CAD", eu: false, europe: false),
        Make("HRV", "Croatia", 2009, "EUR", eu: true),
        Make("CZE", "Czechia", 1999, "CZK", eu: true),
        Make("DNK", "Denmark", 1949, "DKK", eu: true),
        Make("EST", "Estonia", 2004, "EUR", eu: true),
        Make("FIN", "Finland", 2023, "EUR", eu: true),
        Make("FRA", "France", 1949, "EUR", eu: true),
        Make("DEU", "Germany", 1955, "EUR", eu: true),
        Make("GRC", "Greece", 1952, "EUR", eu: true),
        Make("HUN", "Hungary", 1999, "HUF", eu: true),
        Make("ISL", "Iceland", 1949, "ISK", eu: false, noData: IcelandReason),
        Make("ITA", "Italy", 1949, "EUR", eu: true),
        Make("LVA", "Latvia", 2004, "EUR", eu: true),
        Make("LTU", "Lithuania", 2004, "EUR", eu: true),
        Make("LUX", "Luxembourg", 1949, "EUR", eu: true),
        Make("MNE", "Montenegro", 2017, "EUR", eu: false),
        Make("NLD", "Netherlands", 1949, "EUR", eu: true),
        Make("MKD", "North Macedonia", 2020, "MKD", eu: false),
        Make("NOR", "Norway", 1949, "NOK", eu: false),
        Make("POL", "Poland", 1999, "PLN", eu: true),
        Make("PRT", "Portugal", 1949, "EUR", eu: true),
        Make("ROU", "Romania", 2004, "RON", eu: true),
        Make("SVK", "Slovakia", 2004, "EUR", eu: true),
        Make("SVN", "Slovenia", 2004, "EUR", eu: true),
        Make("ESP", "Spain", 1982, "EUR", eu: true),
        Make("SWE", "Sweden", 2024, "SEK", eu: true),
        Make("TUR", "Türkiye", 1952, "TRY", eu: false),
        Make("GBR", "United Kingdom", 1949, "GBP", eu: false),
        Make("USA", "United States", 1949, "USD", eu: false, europe: false),
    ];

    private static readonly FrozenDictionary<AllyCode, Ally> ByCode = All.ToFrozenDictionary(a => a.Code);

    /// <summary>The ally with this code, or <c>null</c> when the code names no ally.</summary>
    public static Ally? Find(AllyCode code) => ByCode.GetValueOrDefault(code);

    /// <summary>The ally with this code.</summary>
    /// <exception cref="ArgumentException">The code names no ally; the message lists what is accepted.</exception>
    public static Ally Get(AllyCode code) => Find(code) ?? throw new ArgumentException(UnknownAllyMessage(code.Value), nameof(code));

    /// <summary>The allies the text names: a group (<see cref="GroupNames"/>), or a comma-separated list of codes and groups, each ally once.</summary>
    /// <exception cref="ArgumentException">A code or group is unknown; the message names that part of the list and what is accepted.</exception>
    public static IReadOnlyList<Ally> Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var picked = new List<Ally>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // A group inside a list (all,XXX) is read as a group, so that the unknown part is the one blamed.
            var allies = Group(part) ?? (AllyCode.TryParse(part, null, out var code) && Find(code) is { } ally
                ? [ally]
                : throw new ArgumentException(UnknownAllyMessage(part), nameof(text)));
            picked.AddRange([.. allies.Where(a => !picked.Contains(a))]);
        }
        return picked.Count > 0
            ? picked
            : throw new ArgumentException(UnknownAllyMessage(text), nameof(text));
    }

    private static IReadOnlyList<Ally>? Group(string name) => name.ToLowerInvariant() switch
    {
        "all" => All,
        "europe-canada" => [.. All.Where(a => a.InEurope || a.Code.Value == "CAN")],
        "europe" => [.. All.Where(a => a.InEurope)],
        "eu" => [.. All.Where(a => a.EuMember)],
        _ => null,
    };

    private static string UnknownAllyMessage(string text) =>
        $"'{text}' is not an ally code or group; use an ISO3 code such as DEU or POL (a comma-separated list is fine) or one of the groups {string.Join(", ", GroupNames)}.";

    private static Ally Make(string code, string name, int joined, string currency, bool eu, bool europe = true, string? noData = null) =>
        new(AllyCode.From(code), name, joined, Currency.From(currency), eu, europe, noData);
}
