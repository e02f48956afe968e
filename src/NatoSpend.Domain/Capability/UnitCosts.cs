using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using static System.FormattableString;

namespace NatoSpend.Domain.Capability;

/// <summary>What a unit cost is the cost of.</summary>
public enum UnitCostItem
{
    /// <summary>One additional service member for a year: pay, allowances and running costs.</summary>
    ServiceMemberPerYear,
    /// <summary>The operating cost of one additional brigade a year, on top of its members.</summary>
    BrigadePerYear,
    /// <summary>The one-off equipment of one new brigade.</summary>
    BrigadeEquipmentOneOff,
    /// <summary>How many service members one brigade has (a count, not money).</summary>
    BrigadeSize,
}

/// <summary>A user-editable unit cost, with its source: an input, never a NATO fact.</summary>
/// <param name="Ally">The ally it applies to.</param>
/// <param name="Item">What it is the cost of.</param>
/// <param name="Value">The amount in <paramref name="Currency"/> at <paramref name="PriceYear"/> prices (a count for <see cref="UnitCostItem.BrigadeSize"/>).</param>
/// <param name="Currency">The currency (the ally's own, or USD).</param>
/// <param name="PriceYear">The year whose prices the value is in; later years grow with the projected GDP deflator.</param>
/// <param name="Source">Where the figure comes from.</param>
/// <param name="Date">When the source gave it.</param>
/// <param name="DerivedFromNato">Whether NatoSpend derived it from the ally's own NATO figures (the default) rather than reading it from a file.</param>
public sealed record UnitCost(AllyCode Ally, UnitCostItem Item, decimal Value, Currency Currency, int PriceYear, string Source, DateOnly? Date, bool DerivedFromNato)
{
    /// <summary>The line that says where the figure comes from.</summary>
    public string Label => DerivedFromNato
        ? Invariant($"{Ally} {Item}: {Currency} {Value:#,0} at {PriceYear} prices, derived by NatoSpend from NATO's own figures ({Source}); a default, not a NATO estimate of marginal cost.")
        : Invariant($"{Ally} {Item}: {Currency} {Value:#,0} at {PriceYear} prices; source: {Source}{(Date is { } d ? $", {d:yyyy-MM-dd}" : "")}.");

    /// <summary>The default cost of one more service member a year: NATO personnel spending per member in the latest year with both figures.</summary>
    /// <returns>The derived cost, or <c>null</c> where NATO publishes no personnel share or personnel for the ally.</returns>
    public static UnitCost? DerivedServiceMember(EditionData data, Ally ally, int atOrBefore)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        for (var year = atOrBefore; year >= data.FirstYear; year--)
        {
            if (data.Value(ally.Code, Metric.PersonnelShare, year) is { } share
                && data.Value(ally.Code, Metric.MilitaryPersonnel, year) is { } personnel && personnel > 0m
                && data.Value(ally.Code, Metric.DefenceNatcurCurrent, year) is { } spending)
            {
                var perMember = spending * 1_000_000m * share / 100m / (personnel * 1000m);
                return new UnitCost(ally.Code, UnitCostItem.ServiceMemberPerYear, Math.Round(perMember, 0), ally.Currency, year,
                    Invariant($"personnel share {share}% × spending {ally.Currency} {spending:#,0} m ÷ {personnel}k personnel, NATO edition {data.Edition.Id}, {year}"),
                    null, DerivedFromNato: true);
            }
        }
        return null;
    }
}

/// <summary>The unit costs a user supplies, looked up by ally and item.</summary>
/// <param name="Costs">Every cost read from the files.</param>
public sealed record UnitCostBook(IReadOnlyList<UnitCost> Costs)
{
    /// <summary>No user figures: every cost is derived from NATO's.</summary>
    public static UnitCostBook Empty { get; } = new([]);

    /// <summary>The user's figure for an ally and item, or <c>null</c>.</summary>
    public UnitCost? Find(AllyCode ally, UnitCostItem item) => Costs.LastOrDefault(c => c.Ally == ally && c.Item == item);
}
