using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Measures;
using NatoSpend.Domain.World;
using NatoSpend.Reporting.Measures;
using static System.FormattableString;

namespace NatoSpend.Reporting.World;

/// <summary>The world view as typed rows and as the one table that becomes the terminal table and the CSV, with notes saying what each figure is.</summary>
public static class WorldTable
{
    /// <summary>The typed rows, in the view's order, each with its measures (one per row, in order) as shown on the basis asked for.</summary>
    public static IReadOnlyList<WorldRowAnswer> Rows(WorldView view, IReadOnlyList<MeasureColumns.Row> measures, PriceBasis basis)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(measures);
        return [.. view.Rows.Zip(measures, (r, m) =>
        {
            var group = r.Kind == WorldRowKind.Group;
            var s = MeasureColumns.Show(m, basis);
            return new WorldRowAnswer(r.Entity, r.Name, Kind(r.Kind), group ? "derived" : "published", r.Members.Count,
                r.UsdCurrent.Value, Flag(r.UsdCurrent, group), r.UsdCurrent.Included.Count,
                r.UsdConstant.Value, Flag(r.UsdConstant, group), r.UsdConstant.Included.Count,
                r.ShareOfGdp.Value, Flag(r.ShareOfGdp, group),
                s.SpendingPppM, s.PppFactor, s.PerCapitaUsd, s.PerServiceMemberUsd, s.PerCapitaPpp, s.PerServiceMemberPpp,
                s.PersonnelSource, s.ShareOfGovExpenditurePct, s.GovExpenditurePctGdp, s.PppNote);
        })];
    }

    /// <summary>The table of the typed rows, with its columns labelled (unit, release, prices), publishable labels for the groups and SIPRI's marks, the measures and its notes.</summary>
    public static ReportTable Build(WorldView view, IReadOnlyList<WorldRowAnswer> rows, IReadOnlyList<MeasureColumns.Row> measures, PriceBasis basis, string vintage)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(rows);
        var release = view.Release;
        var id = release.Edition.Id;
        var constant = release.ConstantPricesYear is { } b ? Invariant($"constant {b} prices and exchange rates") : "constant prices (not in this release)";
        var columns = new List<ReportColumn>
        {
            new("entity", "Entity", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("kind", "Kind", null, Provenance.Label),
            new("provenance", "Figures", null, Provenance.Label),
            new("members", "Members", null, Provenance.Label),
            new("usd_current_m", "USD m, current", $"million USD, current prices and exchange rates (SIPRI, release {id}); groups: sums derived by NatoSpend", Provenance.Published, 0),
            new("usd_current_flag", "Mark", null, Provenance.Label),
            new("usd_current_countries", "Summed", null, Provenance.Label),
            new("usd_constant_m", release.ConstantPricesYear is { } c ? Invariant($"USD m, {c} prices") : "USD m, constant", $"million USD, {constant} (SIPRI, release {id}); groups: sums derived by NatoSpend", Provenance.Published, 0),
            new("usd_constant_flag", "Mark", null, Provenance.Label),
            new("usd_constant_countries", "Summed", null, Provenance.Label),
            new("share_of_gdp", "% of GDP", $"% of GDP (SIPRI, release {id}; SIPRI's fraction × 100); none for groups", Provenance.Published),
            new("share_of_gdp_flag", "Mark", null, Provenance.Label),
        };
        // People read the table and the CSV: the groups' codes and SIPRI's marks get their publishable labels there; the JSON keeps the codes.
        var table = rows.Select(r => (IReadOnlyList<object?>)[EntityLabel(r.Entity), r.Name, r.Kind, r.Provenance, r.Members,
            r.UsdCurrentM, MarkLabel(r.UsdCurrentFlag), r.UsdCurrentCountries, r.UsdConstantM, MarkLabel(r.UsdConstantFlag), r.UsdConstantCountries, r.ShareOfGdp, MarkLabel(r.ShareOfGdpFlag)]).ToArray();
        var plain = new ReportTable(columns, table, Notes(view, constant));
        return MeasureColumns.Append(plain, measures, basis, vintage, Invariant($"SIPRI's current-USD figure (release {id}; for a group, each member's, summed)"));
    }

    /// <summary>The label a person reads for an entity code: the groups' names for <c>NATO_TOTAL</c>, <c>NATO_EUROPE_CANADA</c> and <c>WLD</c>, a country's ISO3 code as it is.</summary>
    public static string EntityLabel(string entity) => entity switch
    {
        Aggregates.NatoTotal => "NATO (all allies)",
        Aggregates.EuropeCanada => "NATO Europe and Canada",
        WorldView.WorldCode => "World",
        _ => entity,
    };

    /// <summary>The label a person reads for a SIPRI mark: <c>includes_sipri_estimate</c> reads "includes SIPRI estimate".</summary>
    public static string? MarkLabel(string? flag) => flag switch
    {
        null => null,
        "sipri_estimate" => "SIPRI estimate",
        "highly_uncertain" => "highly uncertain",
        "includes_sipri_estimate" => "includes SIPRI estimate",
        "includes_highly_uncertain" => "includes highly uncertain",
        _ => flag,
    };
    /// <summary>Text to set inside parentheses, its own parentheses turned into commas, so that they never nest or break
    /// ("SIPRI Milex 2025 release (data 1949-2025), file …" becomes "SIPRI Milex 2025 release, data 1949-2025, file …").</summary>
    internal static string Unnested(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s*\(([^()]*)\)", ", $1").Replace(",,", ",", StringComparison.Ordinal).Trim();

    private static List<string> Notes(WorldView view, string constant)
    {
        var release = view.Release;
        var id = release.Edition.Id;
        var notes = new List<string>
        {
            Invariant($"SIPRI military expenditure in {view.Year}, release {id} ({Unnested(release.Vintage)}): each country's figures as SIPRI publishes them; the NATO rows are derived, sums calculated by NatoSpend."),
        };
        foreach (var group in view.Rows.Where(r => r.Kind == WorldRowKind.Group))
        {
            notes.Add(GroupNote(view, group, constant));
        }
        notes.Add("The groups are today's 32 allies, whatever the year, as NATO's own aggregates are; NATO Europe and Canada is every ally but the United States.");
        notes.Add("Share of GDP: SIPRI's fraction × 100. SIPRI publishes no share of GDP for NATO's groups and the release ships no GDP to divide by, so the NATO rows have none: NatoSpend does not derive one.");
        var marked = view.Rows.Where(r => r.Kind != WorldRowKind.Group)
            .SelectMany(r => new[] { r.UsdCurrent, r.UsdConstant, r.ShareOfGdp }.Select(f => (r.Entity, f.Flag)))
            .Where(m => m.Flag != SipriFlag.None).Distinct().ToArray();
        notes.Add(Invariant($"Marks as SIPRI prints them: SIPRI estimate (blue), highly uncertain (red, highly uncertain data); a group's mark (includes SIPRI estimate, includes highly uncertain) says a member's figure in its sum has one. In {view.Year}: ")
            + (marked.Length == 0 ? "no country shown one by one is marked." : string.Join("; ", marked.GroupBy(m => m.Flag).Select(g => $"{MarkLabel(FlagName(g.Key))}: {string.Join(", ", g.Select(m => m.Entity))}")) + "."));
        foreach (var row in view.Rows.Where(r => r.Kind != WorldRowKind.Group))
        {
            var absent = new[] { ("current USD", row.UsdCurrent), ("constant USD", row.UsdConstant), ("share of GDP", row.ShareOfGdp) }.Where(f => f.Item2.Value is null).Select(f => f.Item1).ToArray();
            if (absent.Length > 0)
            {
                notes.Add(Invariant($"{row.Entity}: SIPRI's release {id} has no {string.Join(", ", absent)} for {view.Year}; shown as absent, never zero or filled."));
            }
        }
        notes.Add(view.HasWorldTotal
            ? Invariant($"World: SIPRI's world total as release {id} publishes it.")
            : Invariant($"World total: release {id} as shipped holds {release.Countries.Count} countries' series (allies, context countries and predecessor states), not SIPRI's world total, so none is shown; NatoSpend does not estimate it."));
        notes.Add($"Constant USD are at SIPRI's {constant}, as release {id} states them; each release has its own base year, so compare constant figures within one release only.");
        notes.Add("SIPRI's definition is not NATO's (paramilitary forces in, calendar years; the United States and Canada by fiscal year): set NATO beside SIPRI with compare and source sipri, never merged. The latest year is often budget-based and revised in the next release.");
        notes.Add(release.Edition.SourceLine);
        return notes;
    }

    private static string GroupNote(WorldView view, WorldRow group, string constant)
    {
        var of = group.Members.Count;
        var text = Invariant($"{group.Name}: derived, the sum of SIPRI's published figures for {group.UsdCurrent.Included.Count} of {of} allies in current USD and {group.UsdConstant.Included.Count} of {of} at {constant}");
        var missing = group.UsdCurrent.Missing.Union(group.UsdConstant.Missing).ToArray();
        if (missing.Length > 0)
        {
            text += $"; no SIPRI figure, left out and never filled: {string.Join(", ", missing)}";
        }
        // Iceland has no armed forces: SIPRI publishes 0, which is in the count as published.
        var zero = group.UsdCurrent.Included.Where(m => view.Release.Find(m, SipriIndicator.UsdCurrent, view.Year)?.Value == 0m).ToArray();
        if (zero.Length > 0)
        {
            text += $"; counted at SIPRI's published 0: {string.Join(", ", zero)}";
        }
        var estimated = group.UsdCurrent.Estimated.Union(group.UsdConstant.Estimated).ToArray();
        if (estimated.Length > 0)
        {
            text += $"; SIPRI estimates in the sum: {string.Join(", ", estimated)}";
        }
        var uncertain = group.UsdCurrent.Uncertain.Union(group.UsdConstant.Uncertain).ToArray();
        if (uncertain.Length > 0)
        {
            text += $"; highly uncertain figures in the sum: {string.Join(", ", uncertain)}";
        }
        return text + ".";
    }

    private static string? Flag(WorldFigure figure, bool group) => figure.Value is null ? null : figure.Flag switch
    {
        SipriFlag.None => "",
        _ when group => "includes_" + FlagName(figure.Flag),
        _ => FlagName(figure.Flag),
    };

    private static string FlagName(SipriFlag flag) => flag == SipriFlag.HighlyUncertain ? "highly_uncertain" : "sipri_estimate";

    private static string Kind(WorldRowKind kind) => kind switch
    {
        WorldRowKind.Group => "group",
        WorldRowKind.WorldTotal => "world_total",
        _ => "country",
    };
}
