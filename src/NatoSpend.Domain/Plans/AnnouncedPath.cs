using NatoSpend.Domain.Text;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>What the path through a plan's announced points says about it.</summary>
public enum AnnouncedVerdictKind
{
    /// <summary>No decisive check fails on the path through the announced points.</summary>
    OnTrack,

    /// <summary>A decisive check fails on the path through the announced points.</summary>
    OffTrack,

    /// <summary>Fewer than two core points, so there is no path to judge.</summary>
    NotAssessable,
}

/// <summary>One year of the path through a plan's announced core points.</summary>
/// <param name="Year">The year.</param>
/// <param name="Share">Core share of GDP, percent: the plan's figure in an announced year (derived from money when the plan gives only money), interpolated otherwise.</param>
/// <param name="Spending">Core spending, national currency units, current prices, on the GDP used (derived), or <c>null</c> when GDP is not known.</param>
/// <param name="Interpolated">Whether the year is interpolated between two announced points: never a figure of the plan.</param>
/// <param name="Unit"><c>share</c> or <c>money</c>: the unit the year was announced or interpolated in.</param>
public sealed record AnnouncedPathYear(int Year, decimal Share, decimal? Spending, bool Interpolated, string Unit);

/// <summary>The verdict on a plan's announced points, beside the checker's completeness verdict.</summary>
/// <param name="Kind">On track, off track or not assessable.</param>
/// <param name="Label">The verdict as one line, such as <c>on track on its announced points (2025, 2029; 2030-2035 not announced)</c>.</param>
/// <param name="AnnouncedYears">The years with a core figure, ascending.</param>
/// <param name="NotAnnounced">The years after the last point up to the deadline, on which nothing is said.</param>
/// <param name="Findings">Why it is off track (decisive), then the flags raised; each names announced years or marks interpolated ones.</param>
/// <param name="Path">The path from the first to the last announced point, interpolated years marked.</param>
/// <param name="Checks">The checks run on the path (empty when not assessable); messages say when a year is interpolated.</param>
/// <param name="Completeness">The plan's completeness in words, from the checker's every-year-present check.</param>
public sealed record AnnouncedVerdict(AnnouncedVerdictKind Kind, string Label, IReadOnlyList<int> AnnouncedYears, IReadOnlyList<int> NotAnnounced,
    IReadOnlyList<string> Findings, IReadOnlyList<AnnouncedPathYear> Path, IReadOnlyList<CheckResult> Checks, string Completeness)
{
    /// <summary>The kind as printed: <c>on track</c>, <c>off track</c> or <c>not assessable</c>.</summary>
    public string KindLabel => Kind switch
    {
        AnnouncedVerdictKind.OnTrack => "on track",
        AnnouncedVerdictKind.OffTrack => "off track",
        _ => "not assessable",
    };
}

/// <summary>Judges what a plan announced: the path through its core points against every check of the rule set.</summary>
/// <remarks>
/// Governments announce two to five points, not every year. Between two announced points the path is a straight line in the
/// unit of the points (percent of GDP between shares, national currency between amounts, percent of GDP when they differ);
/// before the first point and after the last nothing is filled. Interpolated years are marked wherever they appear and never
/// shown as figures of the plan. The simulation builds a plan's years with <see cref="Interpolate(Plan, Func{int, decimal?})"/> too, so both say the same.
/// </remarks>
public static class AnnouncedPath
{
    /// <summary>The path through the plan's core points, from the first to the last, interpolated years marked.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="gdp">Nominal GDP by year, national currency units, or <c>null</c> when not known.</param>
    /// <remarks>A point given only in money in a year without GDP is left out, as its share is not known.</remarks>
    public static IReadOnlyList<AnnouncedPathYear> Interpolate(Plan plan, Func<int, decimal?> gdp)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gdp);
        return Interpolate(Points(plan, gdp), gdp);
    }

    /// <summary>The path through given points (ascending years, none interpolated), interpolated years marked; nothing before the first or after the last.</summary>
    /// <param name="points">The points, each a share with its unit (<c>share</c> or <c>money</c>, with its spending when money).</param>
    /// <param name="gdp">Nominal GDP by year, national currency units, or <c>null</c> when not known.</param>
    public static IReadOnlyList<AnnouncedPathYear> Interpolate(IReadOnlyList<AnnouncedPathYear> points, Func<int, decimal?> gdp)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(gdp);
        var path = new List<AnnouncedPathYear>();
        for (var k = 0; k < points.Count; k++)
        {
            var p = points[k];
            if (k > 0)
            {
                var a = points[k - 1];
                var money = a.Unit == "money" && p.Unit == "money";
                for (var year = a.Year + 1; year < p.Year; year++)
                {
                    var t = (decimal)(year - a.Year) / (p.Year - a.Year);
                    var g = gdp(year);
                    if (money && g is { } gm && gm > 0m)
                    {
                        var amount = a.Spending!.Value + (p.Spending!.Value - a.Spending.Value) * t;
                        path.Add(new AnnouncedPathYear(year, amount / gm * 100m, amount, true, "money"));
                    }
                    else
                    {
                        var share = a.Share + (p.Share - a.Share) * t;
                        path.Add(new AnnouncedPathYear(year, share, g is { } gs ? share / 100m * gs : null, true, "share"));
                    }
                }
            }
            path.Add(p);
        }
        return path;
    }

    /// <summary>The plan's core points: its share where it gives one, else its amount as a share of GDP (a year without GDP is left out).</summary>
    public static AnnouncedPathYear[] Points(Plan plan, Func<int, decimal?> gdp) =>
    [
        .. plan.Years.Where(y => y.HasCore).Select(y =>
        {
            var g = gdp(y.Year);
            if (y.CoreShare is { } s)
            {
                return new AnnouncedPathYear(y.Year, s.Percent, y.CoreSpending?.Amount ?? (g is { } gs ? s.Percent / 100m * gs : null), false, "share");
            }
            var amount = y.CoreSpending!.Value.Amount;
            return g is { } gm && gm > 0m ? new AnnouncedPathYear(y.Year, amount / gm * 100m, amount, false, "money") : null;
        }).OfType<AnnouncedPathYear>(),
    ];

    /// <summary>The verdict on a checked plan's announced points under the same rules and economy.</summary>
    public static AnnouncedVerdict Judge(PlanCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var plan = check.Plan;
        var rules = check.Rules;
        var completeness = Completeness(check);
        var path = Interpolate(plan, check.Economy.Gdp);
        var announced = path.Where(p => !p.Interpolated).Select(p => p.Year).ToArray();
        var last = announced.Length > 0 ? announced[^1] : (int?)null;
        int[] notAnnounced = last is { } l && l < rules.Deadline ? [.. Enumerable.Range(l + 1, rules.Deadline - l)] : [];
        if (announced.Length < 2)
        {
            var why = announced.Length == 1
                ? Invariant($"not assessable: {(plan.Years.Count == 1 ? "one point" : "one core point")} ({announced[0]})")
                : plan.Years.Any(y => y.HasCore)
                    ? "not assessable: no core point whose share is known"
                    : "not assessable: no core figure (only a total or related spending)";
            return new AnnouncedVerdict(AnnouncedVerdictKind.NotAssessable, why, announced, notAnnounced, [], path, [], completeness);
        }

        // The path is checked as if it were a plan of every year between the points; the plan's related figures stay where given.
        var synthetic = Plan.Create(new PlanDefinition
        {
            Ally = plan.Ally.Code.Value,
            Title = plan.Title,
            Basis = plan.Basis,
            Years = [.. path.Select(p => new PlanRowDefinition
            {
                Year = p.Year,
                CoreShare = p.Share,
                RelatedShare = plan.Find(p.Year)?.RelatedShare?.Percent,
                RelatedSpending = plan.Find(p.Year)?.RelatedShare is null ? plan.Find(p.Year)?.RelatedSpending?.Millions : null,
            })],
        });
        var onPath = PlanChecker.Check(synthetic, rules, check.Economy);
        var interpolated = path.Where(p => p.Interpolated).Select(p => p.Year).ToArray();
        var mark = interpolated.Length > 0 ? Invariant($"On the path through the announced points ({YearRanges.Text(interpolated)} interpolated, not the plan's figures): ") : "";
        var checks = onPath.Checks
            .Where(c => c.Weight != CheckWeight.Completeness)
            .Select(c => c with { Message = mark + c.Message })
            .ToArray();
        var findings = new List<string>();
        foreach (var c in checks.Where(c => c.Weight == CheckWeight.Decisive && c.Outcome == CheckOutcome.Fail))
        {
            findings.Add(Finding(c, check, path, announced));
        }
        var decisive = findings.Count;
        var flagged = checks.Where(c => c.Weight == CheckWeight.Flag && c.Outcome == CheckOutcome.Fail).Select(c => c.Name).ToArray();
        if (flagged.Length > 0)
        {
            findings.Add("flagged: " + string.Join(", ", flagged));
        }
        var open = notAnnounced.Length > 0 ? Invariant($"; {YearRanges.Text(notAnnounced)} not announced") : "";
        var flagText = flagged.Length > 0 ? "; flagged: " + string.Join(", ", flagged) : "";
        if (decisive > 0)
        {
            return new AnnouncedVerdict(AnnouncedVerdictKind.OffTrack, "off track: " + string.Join("; ", findings.Take(decisive)) + flagText,
                announced, notAnnounced, findings, path, checks, completeness);
        }
        return new AnnouncedVerdict(AnnouncedVerdictKind.OnTrack,
            Invariant($"on track on its announced points ({YearRanges.Text(announced)}{open}){flagText}"), announced, notAnnounced, findings, path, checks, completeness);
    }

    // A failed check in words that name announced years; a year on the path that was interpolated is said to be.
    private static string Finding(CheckResult c, PlanCheck check, IReadOnlyList<AnnouncedPathYear> path, int[] announced)
    {
        string Year(int y) => path.Any(p => p.Year == y && p.Interpolated) ? Invariant($"{y} (interpolated)") : Invariant($"{y}");
        string Segments(string verb)
        {
            // Each failing year lies between two announced points; touching spans are said as one.
            var merged = new List<(int From, int To)>();
            foreach (var s in c.Years
                .Select(y => (From: announced.LastOrDefault(a => a < y), To: announced.FirstOrDefault(a => a >= y)))
                .Where(s => s.From > 0 && s.To > 0)
                .Distinct()
                .OrderBy(s => s.From))
            {
                if (merged.Count > 0 && merged[^1].To == s.From)
                {
                    merged[^1] = (merged[^1].From, s.To);
                }
                else
                {
                    merged.Add(s);
                }
            }
            var spans = merged.Select(s => s.To == s.From + 1 ? Invariant($"{verb} in {s.To}") : Invariant($"{verb} from {s.From} to {s.To}")).ToArray();
            return spans.Length > 0 ? string.Join(", ", spans) : verb;
        }
        var target = check.Target.Percent;
        return c.Name switch
        {
            "no-decline" => Segments("declines"),
            "min-step" => Segments(Invariant($"rises less than {(check.Rules.MinAnnualStepPp ?? 0m):0.00} pp a year")),
            "not-back-loaded" => Invariant($"back-loaded: too little of the rise by the review year {(check.Rules.ReviewYear is { } r ? Year(r) : "")}"),
            "reaches-target" => Invariant($"below the target {target:0.00}% in {string.Join(", ", c.Years.Select(Year))}"),
            "related-cap" => Invariant($"short of the total target in {string.Join(", ", c.Years.Select(Year))}"),
            _ => Invariant($"fails {c.Name}"),
        };
    }

    private static string Completeness(PlanCheck check)
    {
        var every = check.Checks.FirstOrDefault(c => c.Name == "every-year-present");
        if (every is null)
        {
            return "not checked";
        }
        var given = every.Numbers.FirstOrDefault(n => n.Name == "years given")?.Value;
        var required = every.Numbers.FirstOrDefault(n => n.Name == "years required")?.Value;
        var counts = given is { } g && required is { } r ? Invariant($"{g:0} of {r:0} years") : "";
        return every.Years.Count == 0
            ? Invariant($"complete: {counts}")
            : Invariant($"incomplete: {counts}, lacks {YearRanges.Text(every.Years)}");
    }
}
