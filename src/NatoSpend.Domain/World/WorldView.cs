using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Domain.World;

/// <summary>What a row of the world view stands for.</summary>
public enum WorldRowKind
{
    /// <summary>A group of allies: the sum of what SIPRI publishes for its members (derived).</summary>
    Group,
    /// <summary>One country, as SIPRI publishes it.</summary>
    Country,
    /// <summary>SIPRI's own world total, as published (only when the release ships one).</summary>
    WorldTotal,
}

/// <summary>One figure of the world view: a country's as SIPRI publishes it, or a group's sum of what SIPRI publishes for its members.</summary>
/// <param name="Value">The value in the indicator's unit (the share of GDP in percent), or <c>null</c> when absent (never zero, never filled).</param>
/// <param name="Flag">A country's SIPRI mark; for a group, the strongest mark among the members summed.</param>
/// <param name="Included">The members whose published figure is in the value.</param>
/// <param name="Missing">The members SIPRI publishes no figure for: left out of a sum, never filled.</param>
/// <param name="Estimated">The members whose figure SIPRI marks as its estimate.</param>
/// <param name="Uncertain">The members whose figure SIPRI marks as highly uncertain.</param>
public sealed record WorldFigure(decimal? Value, SipriFlag Flag, IReadOnlyList<string> Included, IReadOnlyList<string> Missing,
    IReadOnlyList<string> Estimated, IReadOnlyList<string> Uncertain)
{
    /// <summary>No figure: what a group's share of GDP is, since SIPRI publishes none for NATO's groups and a sum of shares means nothing.</summary>
    public static WorldFigure None { get; } = new(null, SipriFlag.None, [], [], [], []);
}

/// <summary>One row of the world view.</summary>
/// <param name="Entity">A country's ISO3 code, <see cref="Aggregates.NatoTotal"/>, <see cref="Aggregates.EuropeCanada"/> or <see cref="WorldView.WorldCode"/>.</param>
/// <param name="Name">SIPRI's name of a country, or the group's name.</param>
/// <param name="Kind">Group, country or SIPRI's world total.</param>
/// <param name="Members">The countries the row stands for (one for a country).</param>
/// <param name="UsdCurrent">Million USD, current prices and exchange rates.</param>
/// <param name="UsdConstant">Million USD, the release's constant prices and exchange rates.</param>
/// <param name="ShareOfGdp">Percent of GDP (SIPRI's fraction × 100); none for groups.</param>
public sealed record WorldRow(string Entity, string Name, WorldRowKind Kind, IReadOnlyList<string> Members,
    WorldFigure UsdCurrent, WorldFigure UsdConstant, WorldFigure ShareOfGdp);

/// <summary>
/// The world beside the alliance in one year of one SIPRI release: NATO, NATO Europe and Canada, the United States,
/// Russia, China, Ukraine and, where the release ships it, SIPRI's world total.
/// </summary>
/// <remarks>
/// A group's money is the sum of what SIPRI publishes for its members, with the members summed and the members missing
/// stated; a missing member is never filled. A group has no share of GDP: SIPRI publishes none for NATO's groups, and
/// the release ships no GDP to derive one from. The groups are today's 32 allies, whatever the year, as NATO's own
/// aggregates are.
/// </remarks>
public sealed class WorldView
{
    /// <summary>The code a release would give SIPRI's world total (ISO 3166 has none; WLD as the World Bank uses it).</summary>
    public const string WorldCode = "WLD";

    /// <summary>The countries shown one by one, in order.</summary>
    public static readonly IReadOnlyList<string> Countries = ["USA", "RUS", "CHN", "UKR"];

    private WorldView(SipriRelease release, int year, IReadOnlyList<WorldRow> rows)
    {
        Release = release;
        Year = year;
        Rows = rows;
    }

    /// <summary>The release the figures come from.</summary>
    public SipriRelease Release { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The rows: the two groups, the countries, and SIPRI's world total where the release ships one.</summary>
    public IReadOnlyList<WorldRow> Rows { get; }

    /// <summary>Whether the release ships SIPRI's world total.</summary>
    public bool HasWorldTotal => Rows.Any(r => r.Kind == WorldRowKind.WorldTotal);

    /// <summary>Builds the view of a year.</summary>
    /// <exception cref="ArgumentException">The release has no figure in the year.</exception>
    public static WorldView Build(SipriRelease release, int year)
    {
        ArgumentNullException.ThrowIfNull(release);
        if (!release.Years.Contains(year))
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"SIPRI release {release.Edition.Id} has no figure for {year}; it covers {release.FirstYear}-{release.LastYear}."), nameof(year));
        }
        var allies = AllyRegistry.All.Select(a => a.Code.Value).ToArray();
        var rows = new List<WorldRow>
        {
            Group(release, year, Aggregates.NatoTotal, "NATO (sum of allies)", allies),
            Group(release, year, Aggregates.EuropeCanada, "NATO Europe and Canada (sum of allies)", [.. allies.Where(a => a != "USA")]),
        };
        rows.AddRange(Countries.Select(c => Single(release, year, c, WorldRowKind.Country)));
        if (release.Country(WorldCode) is not null)
        {
            rows.Add(Single(release, year, WorldCode, WorldRowKind.WorldTotal));
        }
        return new WorldView(release, year, rows);
    }

    /// <summary>The sum of the members' published figures, with who is in it, who is missing and who is marked.</summary>
    public static WorldFigure Sum(SipriRelease release, SipriIndicator indicator, int year, IReadOnlyList<string> members)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(members);
        var found = members.Select(m => (Member: m, Figure: release.Find(m, indicator, year))).ToArray();
        var included = found.Where(f => f.Figure is not null).ToArray();
        return new WorldFigure(
            included.Length > 0 ? included.Sum(f => f.Figure!.Value) : null,
            included.Length > 0 ? included.Max(f => f.Figure!.Flag) : SipriFlag.None,
            [.. included.Select(f => f.Member)],
            [.. found.Where(f => f.Figure is null).Select(f => f.Member)],
            [.. included.Where(f => f.Figure!.Flag == SipriFlag.Estimate).Select(f => f.Member)],
            [.. included.Where(f => f.Figure!.Flag == SipriFlag.HighlyUncertain).Select(f => f.Member)]);
    }

    private static WorldRow Group(SipriRelease release, int year, string entity, string name, IReadOnlyList<string> members) =>
        new(entity, name, WorldRowKind.Group, members,
            Sum(release, SipriIndicator.UsdCurrent, year, members),
            Sum(release, SipriIndicator.UsdConstant, year, members),
            WorldFigure.None);

    private static WorldRow Single(SipriRelease release, int year, string code, WorldRowKind kind)
    {
        string[] members = [code];
        var share = Sum(release, SipriIndicator.ShareOfGdp, year, members);
        return new WorldRow(code, release.Country(code)?.Name ?? code, kind, members,
            Sum(release, SipriIndicator.UsdCurrent, year, members),
            Sum(release, SipriIndicator.UsdConstant, year, members),
            share with { Value = share.Value * 100m });
    }
}
