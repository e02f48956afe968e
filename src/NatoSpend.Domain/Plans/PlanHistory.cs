using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>A shipped plan checked under a rule set, with the verdict on its announced points.</summary>
/// <param name="File">Its file, relative to the data folder (<c>plans/deu-2025-06.csv</c>).</param>
/// <param name="Check">The check.</param>
/// <param name="Announced">The verdict on its announced points.</param>
public sealed record ShippedPlanCheck(string File, PlanCheck Check, AnnouncedVerdict Announced)
{
    /// <summary>The file name alone, such as <c>deu-2025-06.csv</c>, as a plan's <c>revises</c> names it.</summary>
    public string Name => Path.GetFileName(File);
}

/// <summary>What one revision changed: a later plan of an ally against the plan it revises, year by year.</summary>
/// <param name="File">The revising plan's file name.</param>
/// <param name="Revises">The revised plan's file name.</param>
/// <param name="Changes">Each change, such as <c>2029: 3.50% → 3.05%</c>; years only one of them gives are said so.</param>
public sealed record PlanRevision(string File, string Revises, IReadOnlyList<string> Changes);

/// <summary>Every shipped plan, and an ally's plans over time: the list, the side-by-side view and what each revision changed.</summary>
/// <remarks>Only announced figures appear in the list and side by side; interpolated years belong to the verdict's path, marked there.</remarks>
public static class PlanHistory
{
    /// <summary>Checks plans under a rule set, building each ally's economy once.</summary>
    public static IReadOnlyList<ShippedPlanCheck> CheckAll(IEnumerable<(string File, Plan Plan)> plans, RuleSet rules, EditionData data, MacroOutlook outlook, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(rules);
        var list = plans.ToArray();
        var economies = list.GroupBy(p => p.Plan.Ally.Code).ToDictionary(g => g.Key,
            g => PlanEconomy.Build(data, g.First().Plan.Ally, outlook, Math.Max(rules.Deadline, g.Max(p => p.Plan.LastYear)), options));
        return [.. list
            .Select(p =>
            {
                var check = PlanChecker.Check(p.Plan, rules, economies[p.Plan.Ally.Code]);
                return new ShippedPlanCheck(p.File, check, AnnouncedPath.Judge(check));
            })
            .OrderBy(p => p.Check.Plan.Ally.Code.Value, StringComparer.Ordinal)
            .ThenBy(p => p.Check.Plan.Announced ?? "", StringComparer.Ordinal)
            .ThenBy(p => p.File, StringComparer.Ordinal)];
    }

    /// <summary>What each plan that names an earlier one changed against it.</summary>
    public static IReadOnlyList<PlanRevision> Revisions(IReadOnlyList<ShippedPlanCheck> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var byName = plans.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new List<PlanRevision>();
        foreach (var p in plans.Where(p => p.Check.Plan.Revises is not null))
        {
            if (!byName.TryGetValue(p.Check.Plan.Revises!, out var earlier))
            {
                result.Add(new PlanRevision(p.Name, p.Check.Plan.Revises!, [Invariant($"{p.Check.Plan.Revises} is not among the plans shown.")]));
                continue;
            }
            var changes = new List<string>();
            var currency = p.Check.Plan.Currency.Code;
            foreach (var year in earlier.Check.Plan.Years.Select(y => y.Year).Union(p.Check.Plan.Years.Select(y => y.Year)).Order())
            {
                var before = earlier.Check.Plan.Find(year);
                var after = p.Check.Plan.Find(year);
                if (before?.CoreShare is { } s0 && after?.CoreShare is { } s1)
                {
                    changes.Add(s0 == s1 ? Invariant($"{year}: {s0.Percent:0.00}% unchanged") : Invariant($"{year}: {s0.Percent:0.00}% → {s1.Percent:0.00}%"));
                }
                else if (before?.CoreSpending is { } m0 && after?.CoreSpending is { } m1)
                {
                    changes.Add(m0 == m1 ? Invariant($"{year}: {currency} {m0.Millions:#,0} m unchanged") : Invariant($"{year}: {currency} {m0.Millions:#,0} m → {currency} {m1.Millions:#,0} m"));
                }
                else if (before is { } b && after is { } a)
                {
                    changes.Add(Invariant($"{year}: {Describe(b, currency)} → {Describe(a, currency)} (different units, not compared)"));
                }
                else if (before is { } only0)
                {
                    changes.Add(Invariant($"{year}: {Describe(only0, currency)} in {earlier.Name}, not given in {p.Name}"));
                }
                else if (after is { } only1)
                {
                    changes.Add(Invariant($"{year}: {Describe(only1, currency)}, new in {p.Name}"));
                }
            }
            result.Add(new PlanRevision(p.Name, earlier.Name, changes));
        }
        return result;
    }
    /// <summary>A plan year's core figure as announced: the share (with the amount after it when both are given), else the amount, then related and total shares.</summary>
    public static string? Describe(PlanYear? y, string currency)
    {
        if (y is null)
        {
            return null;
        }
        var money = y.CoreSpending is { } m ? Invariant($"{currency} {m.Millions:#,0} m") : null;
        var share = y.CoreShare is { } s ? Invariant($"{s.Percent:0.00}%") : null;
        var extra = new List<string>();
        if (y.RelatedShare is { } r)
        {
            extra.Add(Invariant($"related {r.Percent:0.00}%"));
        }
        if (y.TotalShare is { } t)
        {
            extra.Add(Invariant($"total {t.Percent:0.00}%"));
        }
        var core = (share, money) switch
        {
            ({ }, { }) => $"{share} ({money})",
            ({ }, null) => share,
            (null, { }) => money,
            _ => null,
        };
        return string.Join("; ", new[] { core }.Concat(extra).OfType<string>());
    }
}
