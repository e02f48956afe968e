using NatoSpend.Domain.Allies;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>Whose definition of defence spending a plan's figures follow.</summary>
public enum PlanBasis
{
    /// <summary>NATO's definition (core defence expenditure, the basis of NATO's tables and the 3.5% target).</summary>
    Nato,

    /// <summary>A national definition (a budget line, a special fund, with or without intelligence or pensions); never presented as NATO's.</summary>
    National,
}

/// <summary>One year of a plan as read from a file, before it is checked: every member may be missing or out of range.</summary>
/// <remarks>Member names follow the plan file columns of <c>data/plans/README.md</c>.</remarks>
public sealed record PlanRowDefinition
{
    /// <summary>The year (NATO's reporting year: the fiscal year for Canada and the United Kingdom).</summary>
    public int? Year { get; init; }

    /// <summary>Core defence spending, percent of GDP.</summary>
    public decimal? CoreShare { get; init; }

    /// <summary>Core defence spending, million national currency, current prices.</summary>
    public decimal? CoreSpending { get; init; }

    /// <summary>Defence- and security-related spending (the up-to-1.5% ledger), percent of GDP.</summary>
    public decimal? RelatedShare { get; init; }

    /// <summary>Defence- and security-related spending, million national currency, current prices.</summary>
    public decimal? RelatedSpending { get; init; }

    /// <summary>Core plus related spending as one figure (the Hague "5%"), percent of GDP, when the source gives only the total.</summary>
    public decimal? TotalShare { get; init; }

    /// <summary>Direct contributions to Ukraine's defence counted in core, in the unit of the core figure (percent of GDP or million national currency).</summary>
    public decimal? Ukraine { get; init; }

    /// <summary>Major equipment, including its research and development, as a percent of core defence spending (NATO's Table 8a measure; Wales' 20% guideline).</summary>
    public decimal? EquipmentShare { get; init; }

    /// <summary>Whose definition this row's figures follow; <c>null</c> for the plan's.</summary>
    public PlanBasis? Basis { get; init; }

    /// <summary>Where this row's figures are stated; <c>null</c> for the plan's source.</summary>
    public Uri? Source { get; init; }

    /// <summary>When the source stated them, <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public string? Date { get; init; }

    /// <summary>The source's grade: <c>A</c> official, <c>B</c> reputable press, <c>C</c> secondary (data/plans/README.md).</summary>
    public string? Grade { get; init; }

    /// <summary>A note on the year: what was announced, in the announcer's words.</summary>
    public string? Note { get; init; }
}

/// <summary>One figure of a plan as its source states it, with the source, date, grade and basis.</summary>
/// <param name="Column">The plan column: <c>core_share</c>, <c>core_spending</c>, <c>related_share</c>, <c>related_spending</c> or <c>total_share</c>.</param>
/// <param name="Value">The figure: percent of GDP for a share, million national currency for spending.</param>
/// <param name="Basis">Whose definition it follows.</param>
/// <param name="Source">Where it is stated, or <c>null</c> when neither the row nor the plan says.</param>
/// <param name="Date">When the source stated it, as precise as the source (<c>2025-06-24</c>, <c>2025-02</c>, <c>2025</c>), or <c>null</c>.</param>
/// <param name="Grade">The source's grade (A, B, C), or <c>null</c>.</param>
/// <param name="Note">The note of the row that gives it (the source's scope in its own words), or <c>null</c>.</param>
public sealed record PlanFigure(string Column, decimal Value, PlanBasis Basis, Uri? Source, string? Date, string? Grade, string? Note = null);

/// <summary>A national plan as read from a file, before it is checked: every member may be missing or out of range.</summary>
public sealed record PlanDefinition
{
    /// <summary>The ally's ISO3 code, such as <c>DEU</c>.</summary>
    public string? Ally { get; init; }

    /// <summary>A one-line title naming the announcement.</summary>
    public string? Title { get; init; }

    /// <summary>The date the plan was announced, when the file gives a full date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>When the plan was announced, as precise as the file gives it (<c>2025-06-24</c>, <c>2025-02</c> or <c>2025</c>).</summary>
    public string? Announced { get; init; }

    /// <summary>The file name of the earlier plan of the same ally that this one revises, such as <c>deu-2025-06.csv</c>.</summary>
    public string? Revises { get; init; }

    /// <summary>Where the announcement is published.</summary>
    public Uri? Source { get; init; }

    /// <summary>NATO's definition or a national one; <c>null</c> when the file does not say (then NATO's is assumed, and said so).</summary>
    public PlanBasis? Basis { get; init; }

    /// <summary>The currency of the spending figures; must be the ally's national currency.</summary>
    public string? Currency { get; init; }

    /// <summary>The years, in file order.</summary>
    public IReadOnlyList<PlanRowDefinition> Years { get; init; } = [];

    /// <summary>Free-text lines a written plan carries before its table (a starter plan's statement of what no path can meet); never read back.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];
}

/// <summary>One thing wrong with a plan definition.</summary>
/// <param name="Row">The 0-based index of the year in <see cref="PlanDefinition.Years"/>, or <c>null</c> for a header member.</param>
/// <param name="Field">The member, as the plan file names it (<c>ally</c>, <c>core_share</c>, <c>year</c>).</param>
/// <param name="Message">One sentence naming the value, the rule and the fix.</param>
public sealed record PlanProblem(int? Row, string Field, string Message);

/// <summary>One year of a checked plan: the core figure as a share, in money or both (as the sources state them), and the optional ledgers.</summary>
/// <param name="Year">The year.</param>
/// <param name="CoreShare">Core spending as a share of GDP, when the plan gives it so.</param>
/// <param name="CoreSpending">Core spending in national currency, current prices, when the plan gives it so.</param>
/// <param name="RelatedShare">Related spending as a share of GDP, when given so.</param>
/// <param name="RelatedSpending">Related spending in national currency, when given so.</param>
/// <param name="Ukraine">Contributions to Ukraine counted in core, in the unit of the core share when given, else of core spending (national currency units), or <c>null</c>.</param>
/// <param name="Note">The plan's note for the year, or <c>null</c>.</param>
/// <param name="EquipmentShare">Major equipment incl. R&amp;D, percent of core defence spending, or <c>null</c> when the plan does not give it.</param>
/// <param name="TotalShare">Core plus related as one share of GDP, when a source gives only the total, or <c>null</c>.</param>
/// <param name="Figures">Every figure of the year with its source, date, grade and basis.</param>
/// <remarks>A year may give no core figure (only a total or related spending); the core checks then treat it as not given.</remarks>
public sealed record PlanYear(int Year, ShareOfGdp? CoreShare, Money? CoreSpending, ShareOfGdp? RelatedShare, Money? RelatedSpending, decimal? Ukraine, string? Note,
    decimal? EquipmentShare = null, ShareOfGdp? TotalShare = null, IReadOnlyList<PlanFigure>? Figures = null)
{
    /// <summary>Whether the year gives a core figure (a share, an amount or both).</summary>
    public bool HasCore => CoreShare is not null || CoreSpending is not null;
}

/// <summary>A national plan for defence spending, year by year, with its provenance and basis.</summary>
/// <remarks>Immutable and checked: build one with <see cref="Create"/>. A plan gives only the years it gives; nothing fills the gaps.</remarks>
public sealed class Plan
{
    /// <summary>The earliest and latest year a plan may give.</summary>
    public const int MinYear = 2000, MaxYear = Domain.Years.Last;

    private Plan(Ally ally, PlanDefinition d, IReadOnlyList<PlanYear> years)
    {
        Ally = ally;
        Title = string.IsNullOrWhiteSpace(d.Title) ? Invariant($"Untitled plan for {ally.Name}") : d.Title.Trim();
        Published = d.Published;
        Source = d.Source;
        Basis = d.Basis ?? PlanBasis.Nato;
        BasisStated = d.Basis is not null;
        Announced = d.Announced ?? d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Revises = string.IsNullOrWhiteSpace(d.Revises) ? null : d.Revises.Trim();
        Years = years;
    }

    /// <summary>When the plan was announced, as precise as its file gives it, or <c>null</c>.</summary>
    public string? Announced { get; }

    /// <summary>The file name of the earlier plan this one revises, or <c>null</c>.</summary>
    public string? Revises { get; }

    /// <summary>The announcement date for every output: the date as given, or <c>date not given</c>.</summary>
    public string AnnouncedLabel => Announced ?? "date not given";

    /// <summary>The ally.</summary>
    public Ally Ally { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The announcement date, or <c>null</c>.</summary>
    public DateOnly? Published { get; }

    /// <summary>Where the announcement is published, or <c>null</c>.</summary>
    public Uri? Source { get; }

    /// <summary>NATO's definition or a national one.</summary>
    public PlanBasis Basis { get; }

    /// <summary>Whether the file states the basis (otherwise NATO's is assumed, and every output says so).</summary>
    public bool BasisStated { get; }

    /// <summary>The currency of spending figures: the ally's national currency.</summary>
    public Currency Currency => Ally.Currency;

    /// <summary>The years the plan gives, ascending.</summary>
    public IReadOnlyList<PlanYear> Years { get; }

    /// <summary>The first year given.</summary>
    public int FirstYear => Years[0].Year;

    /// <summary>The last year given.</summary>
    public int LastYear => Years[^1].Year;

    /// <summary>The basis as a label for every output, such as <c>national (not NATO's definition)</c>.</summary>
    public string BasisLabel => (Basis, BasisStated) switch
    {
        (PlanBasis.National, _) => "national (not NATO's definition)",
        (_, true) => "nato (NATO's core definition)",
        _ => "nato (assumed: the plan does not state its basis)",
    };

    /// <summary>The year, or <c>null</c> when the plan does not give it.</summary>
    public PlanYear? Find(int year)
    {
        foreach (var y in Years)
        {
            if (y.Year == year)
            {
                return y;
            }
        }
        return null;
    }

    /// <summary>Checks a definition and builds the plan.</summary>
    /// <exception cref="ArgumentException">The definition has problems; the message gives the first, <see cref="Validate"/> lists them all.</exception>
    public static Plan Create(PlanDefinition definition)
    {
        var problems = Validate(definition);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The plan has {problems.Count} problem(s), the first: {problems[0].Message}", nameof(definition));
        }
        var ally = AllyRegistry.Get(AllyCode.From(definition.Ally!));
        var basis = definition.Basis ?? PlanBasis.Nato;
        // A year may come in several rows, one per source (a share from one, an amount from another); Validate has made sure
        // that no column is given twice for a year, so merging loses nothing.
        var years = definition.Years
            .GroupBy(r => r.Year!.Value)
            .Select(g =>
            {
                var rows = g.ToArray();
                T? First<T>(Func<PlanRowDefinition, T?> pick) where T : struct => rows.Select(pick).FirstOrDefault(v => v is not null);
                var coreShare = First(r => r.CoreShare);
                var coreSpending = First(r => r.CoreSpending);
                var ukraineRow = rows.FirstOrDefault(r => r.Ukraine is not null);
                var notes = rows.Select(r => r.Note?.Trim()).Where(n => !string.IsNullOrEmpty(n)).ToArray();
                var figures = rows.SelectMany(r => Figures(r, basis, definition.Source)).ToArray();
                return new PlanYear(
                    g.Key,
                    coreShare is { } cs ? ShareOfGdp.FromPercent(cs) : null,
                    coreSpending is { } sp ? Money.FromMillions(sp, ally.Currency) : null,
                    First(r => r.RelatedShare) is { } rs ? ShareOfGdp.FromPercent(rs) : null,
                    First(r => r.RelatedSpending) is { } rp ? Money.FromMillions(rp, ally.Currency) : null,
                    ukraineRow?.Ukraine is { } u && coreShare is null && coreSpending is not null ? u * 1_000_000m : ukraineRow?.Ukraine,
                    notes.Length == 0 ? null : string.Join(" | ", notes),
                    First(r => r.EquipmentShare),
                    First(r => r.TotalShare) is { } ts ? ShareOfGdp.FromPercent(ts) : null,
                    figures);
            })
            .OrderBy(y => y.Year)
            .ToArray();
        return new Plan(ally, definition, years);
    }

    /// <summary>The figure columns of a plan row, in the order a plan file writes them.</summary>
    public static IReadOnlyList<string> FigureColumns { get; } = ["core_share", "core_spending", "related_share", "related_spending", "total_share", "ukraine"];

    private static decimal? FigureOf(PlanRowDefinition r, string column) => column switch
    {
        "core_share" => r.CoreShare,
        "core_spending" => r.CoreSpending,
        "related_share" => r.RelatedShare,
        "related_spending" => r.RelatedSpending,
        "total_share" => r.TotalShare,
        "ukraine" => r.Ukraine,
        _ => null,
    };

    private static IEnumerable<PlanFigure> Figures(PlanRowDefinition r, PlanBasis basis, Uri? source) =>
        FigureColumns.Where(c => c != "ukraine" && FigureOf(r, c) is not null)
            .Select(c => new PlanFigure(c, FigureOf(r, c)!.Value, r.Basis ?? basis, r.Source ?? source, r.Date?.Trim(), r.Grade?.Trim().ToUpperInvariant(),
                string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim()));

    /// <summary>Every problem with a definition, header first, then year by year; empty when it is valid.</summary>
    public static IReadOnlyList<PlanProblem> Validate(PlanDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var d = definition;
        var problems = new List<PlanProblem>();
        Ally? ally = null;
        if (!AllyCode.TryParse(d.Ally, null, out var code) || AllyRegistry.Find(code) is not { } found)
        {
            problems.Add(new PlanProblem(null, "ally", $"the ally must be an ally's ISO3 code such as DEU, but was {Quote(d.Ally)}; see 'natospend status' for the codes."));
        }
        else if (!found.HasExpenditureData)
        {
            problems.Add(new PlanProblem(null, "ally", $"NATO publishes no defence expenditure for {found.Name} ({found.NoDataReason}), so a plan for {found.Code} cannot be checked against NATO's figures; choose another ally."));
        }
        else
        {
            ally = found;
        }
        if (ally is not null && d.Currency is { } currency && !string.Equals(currency.Trim(), ally.Currency.Code, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new PlanProblem(null, "currency",
                $"the currency must be {ally.Currency}, {ally.Name}'s national currency in NATO's tables, but was '{currency}'; give spending in {ally.Currency} (or leave currency out)."));
        }
        if (d.Years.Count == 0)
        {
            problems.Add(new PlanProblem(null, "years", "the plan gives no years; add at least one year with core_share, core_spending or total_share."));
        }

        var firstRow = new Dictionary<(int, string), int>();
        for (var i = 0; i < d.Years.Count; i++)
        {
            var r = d.Years[i];
            void Problem(string field, string message) => problems.Add(new PlanProblem(i, field, message));
            var label = r.Year is { } y ? Invariant($"{y}") : "the year";
            if (r.Year is not { } year)
            {
                Problem("year", "the year is missing; give a whole year such as 2029.");
            }
            else if (year is < MinYear or > MaxYear)
            {
                Problem("year", Invariant($"the year must be from {MinYear} to {MaxYear}, but was {year}."));
            }
            else
            {
                foreach (var column in FigureColumns.Where(c => FigureOf(r, c) is not null))
                {
                    if (!firstRow.TryAdd((year, column), i))
                    {
                        Problem(column, Invariant($"the {column} for {year} is given twice (first in year entry {firstRow[(year, column)] + 1}); keep one figure per year and column, and a conflicting source in a plan of its own."));
                    }
                }
            }

            if (FigureColumns.All(c => c == "ukraine" || FigureOf(r, c) is null))
            {
                Problem("core", Invariant($"{label} has no figure; give core_share, core_spending, related_share, related_spending or total_share."));
            }
            if (r.Grade is { } grade && grade.Trim().ToUpperInvariant() is not ("A" or "B" or "C"))
            {
                Problem("grade", Invariant($"the grade for {label} must be A (official), B (reputable press) or C (secondary), but was '{grade}'."));
            }
            if (r.Date is { } date && !IsDate(date.Trim()))
            {
                Problem("date", Invariant($"the date for {label} must be a date such as 2025-06-24, 2025-06 or 2025, but was '{date}'."));
            }
            CheckShare(r.CoreShare, "core_share", "core share", label, Problem);
            CheckSpending(r.CoreSpending, "core_spending", "core spending", label, Problem);
            if (r.RelatedShare is not null && r.RelatedSpending is not null)
            {
                Problem("related", Invariant($"{label} has both related_share ({r.RelatedShare}) and related_spending ({r.RelatedSpending}); give one of them."));
            }
            CheckShare(r.RelatedShare, "related_share", "related share", label, Problem);
            CheckShare(r.TotalShare, "total_share", "total share", label, Problem);
            CheckSpending(r.RelatedSpending, "related_spending", "related spending", label, Problem);
            if (r.EquipmentShare is { } equipment && equipment is < 0m or > 100m)
            {
                Problem("equipment_share", Invariant($"the equipment share for {label} must be a percent of defence spending from 0 to 100, such as 20, but was {equipment}."));
            }
            if (r.Ukraine is { } ukraine)
            {
                var core = r.CoreShare ?? r.CoreSpending;
                if (core is null || (r.CoreShare is null && d.Years.Any(o => o.Year == r.Year && o.CoreShare is not null)))
                {
                    // The column is in the unit of its row's core figure, and a year with a share is read as a share.
                    Problem("ukraine", Invariant($"the Ukraine contribution for {label} must be on a row with the year's core share (or, when the year has no share, its core spending), in the same unit."));
                }
                else if (ukraine < 0m)
                {
                    Problem("ukraine", Invariant($"the Ukraine contribution for {label} cannot be negative, but was {ukraine}."));
                }
                else if (core is { } c && ukraine > c)
                {
                    Problem("ukraine", Invariant($"the Ukraine contribution for {label} ({ukraine}) is above its core figure ({c}); it is the part of core given to Ukraine, in the same unit, never an addition."));
                }
            }
        }
        return problems;
    }

    private static void CheckShare(decimal? value, string field, string what, string label, Action<string, string> problem)
    {
        if (value is { } v && v is < 0m or > 100m)
        {
            problem(field, Invariant($"the {what} for {label} must be a percent of GDP from 0 to 100, such as 3.5, but was {v}."));
        }
    }

    private static void CheckSpending(decimal? value, string field, string what, string label, Action<string, string> problem)
    {
        if (value is { } v && v < 0m)
        {
            problem(field, Invariant($"the {what} for {label} must be million national currency, 0 or more, but was {v}."));
        }
    }

    /// <summary>Whether the text is a date as precise as a source gives it: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public static bool IsDate(string? text) => text is not null && (
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _) && text.Length == 7
        || text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= MinYear and <= MaxYear);

    private static string Quote(string? text) => text is null ? "missing" : $"'{text}'";
}
