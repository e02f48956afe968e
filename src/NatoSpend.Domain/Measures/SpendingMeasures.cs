namespace NatoSpend.Domain.Measures;

/// <summary>
/// One defence figure read several ways: at GDP-wide purchasing-power parity, per person, per service member and as a share
/// of general government expenditure. Every value is derived from the spending in USD at current prices and market exchange
/// rates and the IMF WEO's series; a value whose input is absent is absent, never filled.
/// </summary>
/// <param name="PppFactor">The WEO's market exchange rate over its PPP rate (<c>(NGDP/NGDPD) / PPPEX</c>), international dollars per USD; <c>null</c> without PPPEX.</param>
/// <param name="PppMillions">Spending in million international dollars (USD × <see cref="PppFactor"/>).</param>
/// <param name="PerCapitaUsd">USD per person (spending ÷ WEO population).</param>
/// <param name="PerCapitaPpp">International dollars per person.</param>
/// <param name="PerServiceMemberUsd">USD per service member (spending ÷ military personnel).</param>
/// <param name="PerServiceMemberPpp">International dollars per service member.</param>
/// <param name="ShareOfExpenditurePct">Percent of general government expenditure (spending in national currency at the WEO's market rate ÷ GGX).</param>
/// <param name="ExpenditureShareOfGdp">General government expenditure, percent of GDP (WEO <c>GGX_NGDP</c>, published).</param>
public sealed record SpendingMeasures(
    decimal? PppFactor,
    decimal? PppMillions,
    decimal? PerCapitaUsd,
    decimal? PerCapitaPpp,
    decimal? PerServiceMemberUsd,
    decimal? PerServiceMemberPpp,
    decimal? ShareOfExpenditurePct,
    decimal? ExpenditureShareOfGdp)
{
    /// <summary>Nothing to measure: every value absent.</summary>
    public static SpendingMeasures None { get; } = new(null, null, null, null, null, null, null, null);

    /// <summary>Reads one country's spending in a year through the WEO's series.</summary>
    /// <param name="country">The ISO3 code.</param>
    /// <param name="year">The year.</param>
    /// <param name="usdMillions">Spending in million USD, current prices and exchange rates, or <c>null</c>.</param>
    /// <param name="personnel">Military personnel in persons, or <c>null</c>.</param>
    /// <param name="weo">The outlook's series.</param>
    public static SpendingMeasures Of(string country, int year, decimal? usdMillions, decimal? personnel, WeoLens weo)
    {
        ArgumentNullException.ThrowIfNull(weo);
        if (usdMillions is not { } usd)
        {
            return None;
        }
        var rate = weo.MarketRate(country, year);
        var factor = PppFactorOf(rate, weo.PppRate(country, year));
        var ppp = factor * usd;
        var population = weo.PopulationMillions(country, year) is { } p && p > 0m ? p : (decimal?)null;
        var members = personnel is { } n && n > 0m ? n : (decimal?)null;
        var expenditure = weo.ExpenditureBillions(country, year) is { } g && g > 0m ? g : (decimal?)null;
        return new SpendingMeasures(
            factor,
            ppp,
            usd / population,
            ppp / population,
            usd * 1_000_000m / members,
            ppp * 1_000_000m / members,
            // Million national currency over billions, in percent: × 100 / 1000.
            rate is { } r ? ShareOfExpenditure(usd * r, expenditure) : null,
            weo.ExpenditureShareOfGdp(country, year));
    }

    /// <summary>A group's measures: its members' spending summed, each member converted at its own rates; a measure any member lacks an input for is absent, never filled.</summary>
    /// <param name="members">Each member's ISO3 code and spending in million USD, current prices and exchange rates.</param>
    /// <param name="year">The year.</param>
    /// <param name="personnel">The group's military personnel in persons, or <c>null</c>.</param>
    /// <param name="weo">The outlook's series.</param>
    public static SpendingMeasures OfGroup(IReadOnlyList<(string Country, decimal UsdMillions)> members, int year, decimal? personnel, WeoLens weo)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(weo);
        if (members.Count == 0)
        {
            return None;
        }
        decimal? Total(Func<(string Country, decimal UsdMillions), decimal?> part)
        {
            var sum = 0m;
            foreach (var member in members)
            {
                if (part(member) is not { } value)
                {
                    return null;
                }
                sum += value;
            }
            return sum;
        }
        var usd = members.Sum(m => m.UsdMillions);
        var ppp = Total(m => PppFactorOf(weo.MarketRate(m.Country, year), weo.PppRate(m.Country, year)) * m.UsdMillions);
        var population = Total(m => weo.PopulationMillions(m.Country, year));
        // Each member's government expenditure in billion USD at the WEO's market rate, so that the currencies add up.
        var expenditureUsd = Total(m => weo.ExpenditureBillions(m.Country, year) / weo.MarketRate(m.Country, year));
        var n = personnel is { } p && p > 0m ? p : (decimal?)null;
        var pop = population is { } q && q > 0m ? q : (decimal?)null;
        return new SpendingMeasures(
            usd > 0m ? ppp / usd : null,
            ppp,
            usd / pop,
            ppp / pop,
            usd * 1_000_000m / n,
            ppp * 1_000_000m / n,
            ShareOfExpenditure(usd, expenditureUsd),
            null);
    }

    /// <summary>International dollars per USD: the market exchange rate (national currency per USD) over the PPP rate (national currency per international dollar).</summary>
    /// <returns><c>null</c> when either rate is absent or not positive.</returns>
    public static decimal? PppFactorOf(decimal? marketRate, decimal? pppRate) =>
        marketRate is { } m && m > 0m && pppRate is { } p && p > 0m ? m / p : null;

    /// <summary>Spending in million national currency as a percent of general government expenditure in billions of the same currency.</summary>
    public static decimal? ShareOfExpenditure(decimal? spendingMillions, decimal? expenditureBillions) =>
        spendingMillions is { } s && expenditureBillions is { } g && g > 0m ? s / g / 10m : null;
}
