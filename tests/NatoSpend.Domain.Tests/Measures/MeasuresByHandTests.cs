using System.Globalization;
using NatoSpend.Domain.Measures;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Compare;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Status;
using NatoSpend.Reporting.World;

namespace NatoSpend.Tests.Measures;

/// <summary>The PPP lens and the derived measures, recomputed by hand from the shipped NATO and WEO files, read here line by line and not through the readers.</summary>
public class MeasuresByHandTests
{
    private static readonly DataSources Sources = new(TestData.Catalog);

    [Fact]
    public void WorldPppForRussiaIsSipriUsdTimesTheMarketRateOverPppex()
    {
        var answer = WorldVerb.Run(new WorldVerb.Request("2025", null, "ppp"), Sources, Face.Api).Answer;
        var russia = answer.Rows.Single(r => r.Entity == "RUS");

        // SIPRI 2025 release, Russia 2025, current USD million; WEO April 2026: NGDP and NGDPD in billions, PPPEX in roubles per international dollar.
        var usd = Sipri("RUS", 2025);
        var byHand = usd * (Weo("RUS", 2025, "NGDP") / Weo("RUS", 2025, "NGDPD")) / Weo("RUS", 2025, "PPPEX");

        Assert.Equal(190_417m, Math.Round(usd));
        Assert.Equal(Math.Round(byHand, 1, MidpointRounding.AwayFromZero), russia.SpendingPppM);
        Assert.InRange(russia.SpendingPppM!.Value, 500_000m, 560_000m);
        Assert.Equal("ppp", answer.PriceBasis.Basis);
        Assert.Contains("not a military-specific price index", answer.PriceBasis.Caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusPppForPolandIsNatoUsdTimesTheMarketRateOverPppex()
    {
        var result = StatusVerb.Run(new StatusVerb.Request(null, "2025", null, "POL,USA", null, null, "ppp"), Sources, Face.Api);
        var poland = result.Answer.Allies.Single(a => (string)a["ally"]! == "POL");
        var usa = result.Answer.Allies.Single(a => (string)a["ally"]! == "USA");

        var usd = Nato("POL", 2025, "defence_exp_usd_current");
        var byHand = usd * (Weo("POL", 2025, "NGDP") / Weo("POL", 2025, "NGDPD")) / Weo("POL", 2025, "PPPEX");

        Assert.Equal(Math.Round(byHand, 1, MidpointRounding.AwayFromZero), poland["spending_ppp_m"]);
        // The United States' PPP rate is 1 by construction: international dollars are US dollars.
        Assert.Equal(Nato("USA", 2025, "defence_exp_usd_current"), (decimal)usa["spending_ppp_m"]!);
        Assert.EndsWith("(WEO April 2026 PPPEX; not a military price index)", result.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void GermanyPerCapitaPerServiceMemberAndShareOfGovernmentSpendingIn2025()
    {
        var answer = AllyVerb.Run(new AllyVerb.Request("DEU", null), Sources, Face.Api).Answer;
        var row = answer.Years.Single(r => (int)r["year"]! == 2025);

        var usd = Nato("DEU", 2025, "defence_exp_usd_current");              // 112,141 USD million
        var personnel = Nato("DEU", 2025, "military_personnel") * 1000m;     // 182.3 thousand
        var population = Weo("DEU", 2025, "LP");                             // 83.524 million
        var euros = usd * Weo("DEU", 2025, "NGDP") / Weo("DEU", 2025, "NGDPD");
        var shareOfGovernment = euros / (Weo("DEU", 2025, "GGX") * 1000m) * 100m;

        Assert.Equal(112_141m, usd);
        Assert.Equal(Math.Round(usd / population, 1, MidpointRounding.AwayFromZero), row["per_capita_usd"]);
        Assert.Equal(1342.6m, row["per_capita_usd"]);
        Assert.Equal(Math.Round(usd * 1_000_000m / personnel, 0, MidpointRounding.AwayFromZero), row["per_service_member_usd"]);
        Assert.Equal(615_145m, row["per_service_member_usd"]);
        Assert.Equal("NATO 2026 Table 7", row["personnel_source"]);
        Assert.Equal(Math.Round(shareOfGovernment, 2, MidpointRounding.AwayFromZero), row["share_of_gov_expenditure_pct"]);
        Assert.Equal(Weo("DEU", 2025, "GGX_NGDP"), row["gov_expenditure_pct_gdp"]);
        var unit = answer.Columns.Single(c => c.Key == "per_capita_usd").Unit;
        Assert.Contains("WEO April 2026 LP", unit, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCountryComparedIsConvertedAtTheSameRates()
    {
        var request = new CompareVerb.Request("sipri", "2025", null, "DEU,POL,USA,RUS,CHN,UKR", null, new PathInput(), "ppp");
        var answer = (EditionsComparisonAnswer)CompareVerb.Run(request, Sources, Face.Api).Answer;

        Assert.Equal(6, answer.Allies.Count);
        foreach (var row in answer.Allies)
        {
            var code = (string)row["ally"]!;
            var factor = Weo(code, 2025, "NGDP") / Weo(code, 2025, "NGDPD") / Weo(code, 2025, "PPPEX");
            Assert.Equal(Math.Round(factor, 4, MidpointRounding.AwayFromZero), row["ppp_factor"]);
            Assert.Equal(Math.Round(Sipri(code, 2025) * factor, 1, MidpointRounding.AwayFromZero), row["spending_ppp_m_sipri_2025"]);
            Assert.Equal("", row["ppp_note"]);
        }
        Assert.Contains(answer.Notes, n => n.Contains("not a military-specific price index", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearWithoutPppexSaysSoOnTheRowAndIsNotFilled()
    {
        var answer = WorldVerb.Run(new WorldVerb.Request("1989", null, "ppp"), Sources, Face.Api).Answer;
        var usa = answer.Rows.Single(r => r.Entity == "USA");

        Assert.NotNull(usa.UsdCurrentM);
        Assert.Null(usa.SpendingPppM);
        Assert.Equal("no PPPEX for USA in 1989 in IMF WEO April 2026: not converted, never filled", usa.PppNote);
    }

    [Fact]
    public void AGroupIsConvertedMemberByMemberAndLeftEmptyWhenOneLacksARate()
    {
        var weo = new WeoLens("test", "test", new Dictionary<(string, string, int), decimal>
        {
            [("AAA", "NGDP", 2025)] = 200m, [("AAA", "NGDPD", 2025)] = 100m, [("AAA", "PPPEX", 2025)] = 1m, [("AAA", "LP", 2025)] = 10m, [("AAA", "GGX", 2025)] = 50m,
            [("BBB", "NGDP", 2025)] = 100m, [("BBB", "NGDPD", 2025)] = 100m, [("BBB", "PPPEX", 2025)] = 0.5m, [("BBB", "LP", 2025)] = 30m, [("BBB", "GGX", 2025)] = 25m,
            [("CCC", "NGDP", 2025)] = 100m, [("CCC", "NGDPD", 2025)] = 100m,
        });

        var group = SpendingMeasures.OfGroup([("AAA", 1_000m), ("BBB", 500m)], 2025, 3_000m, weo);
        var lacking = SpendingMeasures.OfGroup([("AAA", 1_000m), ("CCC", 500m)], 2025, null, weo);

        Assert.Equal(1_000m * 2m + 500m * 2m, group.PppMillions);  // 2 intl$ per USD each
        Assert.Equal(1_500m / 40m, group.PerCapitaUsd);
        Assert.Equal(1_500m * 1_000_000m / 3_000m, group.PerServiceMemberUsd);
        Assert.Equal(1_500m / (50m / 2m + 25m / 1m) / 10m, group.ShareOfExpenditurePct); // government spending in billion USD: 25 + 25
        Assert.Null(lacking.PppMillions);
        Assert.Null(lacking.PerCapitaUsd);
    }

    private static decimal Weo(string country, int year, string indicator) => Lines("macro/imf_weo_apr2026.csv")
        .Select(l => l.Split(','))
        .Single(f => f[0] == country && f[1] == year.ToString(CultureInfo.InvariantCulture) && f[2] == indicator) is var f
        ? decimal.Parse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture) : 0m;

    private static decimal Nato(string ally, int year, string metric) => Lines("nato/nato_defexp_2026_edition.csv")
        .Select(l => l.Split(','))
        .Single(f => f[0] == ally && f[1] == year.ToString(CultureInfo.InvariantCulture) && f[2] == metric) is var f
        ? decimal.Parse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture) : 0m;

    private static decimal Sipri(string country, int year) => Sources.Catalog.LoadSipri("sipri-2025").Find(country, NatoSpend.Domain.World.SipriIndicator.UsdCurrent, year)!.Value;

    private static string[] Lines(string file) => File.ReadAllLines(Path.Combine(TestData.Catalog.Folder.Root, file));
}
