using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using static System.FormattableString;

namespace NatoSpend.Domain.Capability;

/// <summary>How additional service members arrive between the base year and the deadline.</summary>
public enum Ramp
{
    /// <summary>The same number every year, all of them by the deadline.</summary>
    Linear,
    /// <summary>All of them from the first year after the base year.</summary>
    Immediate,
}

/// <summary>How an alliance-level need is spread over allies.</summary>
public enum SpreadKey
{
    /// <summary>By population (derived from NATO's GDP and GDP per capita at 2021 prices).</summary>
    Population,
    /// <summary>By GDP in USD, current prices.</summary>
    Gdp,
    /// <summary>By current military personnel.</summary>
    Personnel,
}

/// <summary>One year of the cost of adding service members.</summary>
/// <param name="Year">The year.</param>
/// <param name="Added">Additional service members in service that year.</param>
/// <param name="Cost">The year's cost in national currency, current prices (members, brigades running, new brigades' equipment).</param>
/// <param name="CostUsd">The same in USD at the held exchange rate.</param>
/// <param name="SharePp">The cost as percentage points of projected GDP.</param>
/// <param name="PathExtra">The chosen path's extra spending against holding the share that year, or <c>null</c> without a path.</param>
/// <param name="AbsorbedPct">The cost as a percent of <paramref name="PathExtra"/>, or <c>null</c> where the path has no extra.</param>
public sealed record PersonnelCostYear(int Year, decimal Added, Money Cost, Money CostUsd, decimal SharePp, Money? PathExtra, decimal? AbsorbedPct);

/// <summary>The yearly cost of adding service members on a ramp, against a path's extra money (docs/domain.md §3, Personnel).</summary>
public sealed class PersonnelCost
{
    private PersonnelCost(Ally ally, decimal added, int baseYear, int deadline, Ramp ramp, IReadOnlyList<UnitCost> costs, IReadOnlyList<PersonnelCostYear> years, RequiredPath? path, IReadOnlyList<string> notes)
    {
        Ally = ally;
        Added = added;
        BaseYear = baseYear;
        Deadline = deadline;
        Ramp = ramp;
        Costs = costs;
        Years = years;
        Path = path;
        Notes = notes;
    }

    /// <summary>The ally.</summary>
    public Ally Ally { get; }

    /// <summary>How many more service members by the deadline.</summary>
    public decimal Added { get; }

    /// <summary>The base year (no one added yet).</summary>
    public int BaseYear { get; }

    /// <summary>The year by which all of them are in service.</summary>
    public int Deadline { get; }

    /// <summary>The ramp.</summary>
    public Ramp Ramp { get; }

    /// <summary>The unit costs used, each with its source.</summary>
    public IReadOnlyList<UnitCost> Costs { get; }

    /// <summary>The years after the base year to the deadline.</summary>
    public IReadOnlyList<PersonnelCostYear> Years { get; }

    /// <summary>The path whose extra money the cost is set against, if any.</summary>
    public RequiredPath? Path { get; }

    /// <summary>Statements of method and assumptions.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The cost summed over the years, national currency.</summary>
    public Money CumulativeCost => Years.Aggregate(Money.Of(0m, Ally.Currency), (sum, y) => sum + y.Cost);

    /// <summary>The path's extra summed over the years, or <c>null</c>.</summary>
    public Money? CumulativePathExtra => Path is null ? null : Years.Aggregate(Money.Of(0m, Ally.Currency), (sum, y) => sum + (y.PathExtra ?? Money.Of(0m, Ally.Currency)));

    /// <summary>The largest number of additional service members NatoSpend accepts for one ally (more than any ally's whole armed forces).</summary>
    public const decimal MaxAdded = 5_000_000m;

    /// <summary>Computes the cost year by year.</summary>
    /// <param name="projection">The ally's GDP projection from the base year to at least the deadline.</param>
    /// <param name="added">Service members to add by the deadline (1 to <see cref="MaxAdded"/>).</param>
    /// <param name="deadline">The year all of them are in service.</param>
    /// <param name="ramp">How they arrive.</param>
    /// <param name="costs">The unit costs (a service member a year is required; brigade items are optional).</param>
    /// <param name="path">A path computed on the same projection, whose extra money the cost is set against; or <c>null</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or year is out of range; the message names it.</exception>
    public static PersonnelCost Compute(GdpProjection projection, decimal added, int deadline, Ramp ramp, IReadOnlyList<UnitCost> costs, RequiredPath? path)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(costs);
        if (added is <= 0m or > MaxAdded)
        {
            throw new ArgumentOutOfRangeException(nameof(added), added, Invariant(
                $"The number of service members to add must be from 1 to {MaxAdded:#,0}, but was {added:#,0.##}; give a positive number such as 60000."));
        }
        var baseYear = projection.BaseYear;
        if (deadline <= baseYear || deadline > projection.LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(deadline), deadline, Invariant(
                $"The year {deadline} to have them in service by must be after the base year {baseYear} and at most {projection.LastYear}; choose --by in that range."));
        }
        var ally = projection.Ally;
        var perMember = costs.SingleOrDefault(c => c.Item == UnitCostItem.ServiceMemberPerYear)
            ?? throw new ArgumentException(Invariant($"There is no cost of a service member a year for {ally.Name} ({ally.Code}): NATO publishes no personnel share for it and no unit-cost file gives one; pass --unit-costs with a service_member_per_year for {ally.Code}."), nameof(costs));
        var size = costs.SingleOrDefault(c => c.Item == UnitCostItem.BrigadeSize)?.Value;
        var brigadeRunning = costs.SingleOrDefault(c => c.Item == UnitCostItem.BrigadePerYear);
        var brigadeEquipment = costs.SingleOrDefault(c => c.Item == UnitCostItem.BrigadeEquipmentOneOff);
        if ((brigadeRunning ?? brigadeEquipment) is not null && size is not > 0m)
        {
            throw new ArgumentException(Invariant($"The brigade costs for {ally.Code} need a brigade_size (service members per brigade) above 0 in the same unit-cost file."), nameof(costs));
        }

        // Costs are in the price year's money; later years are re-priced with the projected GDP deflator.
        decimal InNational(UnitCost cost) => cost.Currency == ally.Currency ? cost.Value : cost.Value * projection.UsdRate(baseYear);
        decimal PriceFactor(UnitCost cost, int year) => projection.Deflator(year) / projection.Deflator(Math.Max(cost.PriceYear, baseYear));

        var rows = new List<PersonnelCostYear>();
        var previous = 0m;
        for (var year = baseYear + 1; year <= deadline; year++)
        {
            var inService = ramp == Ramp.Immediate ? added : added * (year - baseYear) / (deadline - baseYear);
            var amount = inService * InNational(perMember) * PriceFactor(perMember, year);
            if (size is { } s)
            {
                if (brigadeRunning is not null)
                {
                    amount += inService / s * InNational(brigadeRunning) * PriceFactor(brigadeRunning, year);
                }
                if (brigadeEquipment is not null)
                {
                    amount += (inService - previous) / s * InNational(brigadeEquipment) * PriceFactor(brigadeEquipment, year);
                }
            }
            previous = inService;
            var cost = Money.Of(amount, ally.Currency);
            var gdp = projection.ShareBasis(year);
            var extra = path?.Rows.FirstOrDefault(r => r.Year == year)?.ExtraVsHold;
            rows.Add(new PersonnelCostYear(year, inService, cost, Money.Of(projection.ToUsd(amount, year), Currency.Usd), 100m * amount / gdp,
                extra, extra is { Amount: > 0m } e ? 100m * amount / e.Amount : null));
        }

        var notes = new List<string>
        {
            Invariant($"{added:#,0} more service members for {ally.Name} by {deadline}, {(ramp == Ramp.Linear ? "the same number added each year from " + (baseYear + 1) : "all from " + (baseYear + 1))}; costs at current prices, re-priced from each unit cost's price year with the projected GDP deflator."),
        };
        notes.AddRange(costs.Select(c => c.Label));
        if (costs.Any(c => c.PriceYear < baseYear && c.Item != UnitCostItem.BrigadeSize))
        {
            notes.Add(Invariant($"A unit cost priced before the base year {baseYear} is taken at {baseYear} prices (not re-priced for the years between)."));
        }
        if (path is not null)
        {
            notes.Add(Invariant($"Absorbed: the cost as a percent of the {PathShapes.Name(path.Shape)} path's extra spending against holding the {path.BaseShare.Percent:0.00}% share (target {path.Target.Percent:0.00}% by {path.Deadline})."));
        }
        return new PersonnelCost(ally, added, baseYear, deadline, ramp, [perMember, .. costs.Where(c => c != perMember)], rows, path, notes);
    }

    /// <summary>Spreads an alliance-level number of service members over allies by a key taken from NATO's figures in a year.</summary>
    /// <returns>Each ally's part (summing to <paramref name="total"/>) and its weight in percent; allies without the key's figure are left out and listed.</returns>
    public static (IReadOnlyList<(Ally Ally, decimal Part, decimal WeightPct)> Parts, IReadOnlyList<Ally> LeftOut) Spread(
        EditionData data, IReadOnlyList<Ally> allies, decimal total, SpreadKey key, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(allies);
        decimal? Weight(Ally a) => key switch
        {
            SpreadKey.Gdp => data.Value(a.Code, Metric.GdpUsdCurrent, year),
            SpreadKey.Personnel => data.Value(a.Code, Metric.MilitaryPersonnel, year),
            _ => data.Value(a.Code, Metric.GdpUsdConst2021, year) is { } g && data.Value(a.Code, Metric.GdpPerCapitaConst2021, year) is { } pc && pc > 0m ? g / pc : null,
        };
        var weights = allies.Select(a => (Ally: a, Weight: Weight(a))).ToArray();
        var used = weights.Where(w => w.Weight is > 0m).Select(w => (w.Ally, Weight: w.Weight!.Value)).ToArray();
        var sum = used.Sum(w => w.Weight);
        if (used.Length == 0 || sum <= 0m)
        {
            throw new ArgumentException(Invariant($"No ally in the selection has a {key.ToString().ToLowerInvariant()} figure in {year}; choose other allies or another --key."), nameof(allies));
        }
        return ([.. used.Select(w => (w.Ally, total * w.Weight / sum, 100m * w.Weight / sum))], [.. weights.Where(w => w.Weight is not > 0m).Select(w => w.Ally)]);
    }
}
