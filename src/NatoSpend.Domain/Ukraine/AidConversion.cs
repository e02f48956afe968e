using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Domain.Ukraine;

/// <summary>Kiel's amounts, tracked in euros, in an ally's own currency.</summary>
public static class AidConversion
{
    /// <summary>An amount in EUR million in the ally's currency, at NATO's implied exchange rates for the year (derived).</summary>
    /// <returns>The amount in million national currency, or <c>null</c> where NATO gives no rate (Iceland).</returns>
    public static decimal? ToNational(EditionData data, Ally ally, int year, decimal eurMillions)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        if (ally.Currency == Currency.Eur)
        {
            return eurMillions;
        }
        // EUR per USD from a euro-area ally's implied rate in NATO's Tables 1 and 2 (Germany's, the largest).
        var natPerUsd = ally.HasExpenditureData ? data.ImpliedRate(ally, year) : null;
        var eurPerUsd = data.ImpliedRate(AllyRegistry.Get(AllyCode.From("DEU")), year);
        return natPerUsd is { } r && eurPerUsd is { } e ? eurMillions * r / e : null;
    }
}
