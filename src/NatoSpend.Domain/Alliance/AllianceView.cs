using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Status;
using static System.FormattableString;

namespace NatoSpend.Domain.Alliance;

/// <summary>The alliance in one year with every ally on its path. Every figure is derived.</summary>
/// <param name="Year">The year.</param>
/// <param name="Allies">How many allies are summed.</param>
/// <param name="TotalUsd">Total spending, USD, current prices at each year's projected exchange rates.</param>
/// <param name="TotalUsd2021">Total spending, USD at 2021 prices and exchange rates.</param>
/// <param name="EuropeCanadaUsd">Every ally but the United States, USD current.</param>
/// <param name="EuropeCanadaUsd2021">Every ally but the United States, USD 2021 prices.</param>
/// <param name="UnitedStatesUsd">The United States, USD current (zero when not included).</param>
/// <param name="UnitedStatesUsd2021">The United States, USD 2021 prices.</param>
/// <param name="UsSharePct">The United States' share of the total, percent, current USD ("reliance on America").</param>
/// <param name="UsSharePct2021">The United States' share of the total, percent, USD at 2021 prices and exchange rates.</param>
/// <param name="ExtraVsHoldUsd">Spending above every ally's hold baseline, USD current.</param>
/// <param name="Counts">How many allies meet each threshold, with shares rounded to 2 decimals as NATO counts.</param>
public sealed record AllianceYear(
    int Year,
    int Allies,
    Money TotalUsd,
    Money TotalUsd2021,
    Money EuropeCanadaUsd,
    Money EuropeCanadaUsd2021,
    Money UnitedStatesUsd,
    Money UnitedStatesUsd2021,
    decimal UsSharePct,
    decimal UsSharePct2021,
    Money ExtraVsHoldUsd,
    IReadOnlyList<ThresholdCount> Counts);

/// <summary>Every ally on a path to the deadline, summed year by year (docs/domain.md §3, alliance view).</summary>
/// <param name="Shape">The shape the allies follow.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Thresholds">The thresholds counted.</param>
/// <param name="Years">One row a year.</param>
/// <param name="Paths">The allies' paths.</param>
public sealed record AllianceView(
    PathShape Shape,
    int BaseYear,
    int Deadline,
    IReadOnlyList<ShareOfGdp> Thresholds,
    IReadOnlyList<AllianceYear> Years,
    IReadOnlyList<RequiredPath> Paths)
{
    private static readonly Allies.AllyCode UnitedStates = Allies.AllyCode.From("USA");

    /// <summary>Sums paths that share a base year, deadline and shape.</summary>
    /// <exception cref="ArgumentException">There are no paths, or they differ in base year, deadline or shape.</exception>
    public static AllianceView Build(IReadOnlyList<RequiredPath> paths, IEnumerable<ShareOfGdp> thresholds)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (paths.Count == 0)
        {
            throw new ArgumentException("The alliance view needs at least one ally's path; choose allies that the edition reports.", nameof(paths));
        }
        var first = paths[0];
        if (paths.Any(p => p.BaseYear != first.BaseYear || p.Deadline != first.Deadline || p.Shape != first.Shape))
        {
            throw new ArgumentException(Invariant($"Every path must share the base year {first.BaseYear}, the deadline {first.Deadline} and the shape {PathShapes.Name(first.Shape)}; compute them alike."), nameof(paths));
        }
        var levels = thresholds.Distinct().Order().ToArray();
        var count = first.Rows.Count;
        var years = new AllianceYear[count];
        var meets = new int[levels.Length];
        for (var k = 0; k < count; k++)
        {
            decimal total = 0m, total2021 = 0m, us = 0m, us2021 = 0m, extra = 0m;
            Array.Clear(meets);
            foreach (var path in paths)
            {
                var row = path.Rows[k];
                total += row.SpendingUsd.Amount;
                total2021 += row.SpendingUsd2021.Amount;
                extra += row.ExtraVsHoldUsd.Amount;
                if (path.Ally.Code == UnitedStates)
                {
                    us += row.SpendingUsd.Amount;
                    us2021 += row.SpendingUsd2021.Amount;
                }
                for (var t = 0; t < levels.Length; t++)
                {
                    if (row.Share.Meets(levels[t]))
                    {
                        meets[t]++;
                    }
                }
            }
            years[k] = new AllianceYear(
                first.BaseYear + k,
                paths.Count,
                Money.Of(total, Currency.Usd),
                Money.Of(total2021, Currency.Usd),
                Money.Of(total - us, Currency.Usd),
                Money.Of(total2021 - us2021, Currency.Usd),
                Money.Of(us, Currency.Usd),
                Money.Of(us2021, Currency.Usd),
                total > 0m ? 100m * us / total : 0m,
                total2021 > 0m ? 100m * us2021 / total2021 : 0m,
                Money.Of(extra, Currency.Usd),
                [.. levels.Select((l, t) => new ThresholdCount(l, meets[t], paths.Count))]);
        }
        return new AllianceView(first.Shape, first.BaseYear, first.Deadline, levels, years, paths);
    }
}
