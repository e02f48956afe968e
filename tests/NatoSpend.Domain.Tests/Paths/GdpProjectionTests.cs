using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting.Allies;

namespace NatoSpend.Tests.Paths;

public class GdpProjectionTests
{
    [Fact]
    public void NominalGdpReproducesTheWeoNominalGrowthFor2027To2029ExactlyForEveryAlly()
    {
        foreach (var ally in AllyRegistry.All.Where(a => a.HasExpenditureData))
        {
            var projection = PathFixtures.Projection(ally.Code.Value);
            var weo = PathFixtures.Weo.Find(ally.Code)!;
            for (var year = 2027; year <= 2029; year++)
            {
                var expected = weo.Nominal(year)!.Value / weo.Nominal(year - 1)!.Value;
                var actual = projection.NominalAmount(year) / projection.NominalAmount(year - 1);
                Assert.Equal(Math.Round(expected, 20), Math.Round(actual, 20));
                var expectedReal = weo.Real(year)!.Value / weo.Real(year - 1)!.Value;
                Assert.Equal(Math.Round(expectedReal, 20), Math.Round(projection.RealAmount(year) / projection.RealAmount(year - 1), 20));
            }
        }
    }

    [Fact]
    public void TheBaseIsNatosDerivedNominalGdpAndTheDeflatorStartsAtOne()
    {
        var projection = PathFixtures.Projection("DEU");
        var expected = TestData.Edition2026.GdpNational(PathFixtures.Ally("DEU"), 2026)!.Value;

        Assert.Equal(expected, projection.Nominal(2026));
        Assert.Equal(Math.Round(5455980m * 124660m / 147002m * 1_000_000m, 6), Math.Round(projection.NominalAmount(2026), 6));
        Assert.Equal(1m, projection.Deflator(2026));
    }

    [Fact]
    public void TheLongRunDefaultIsTheLastWeoYearsGrowthAndTheAssumptionsSayWhatWasComputed()
    {
        var projection = PathFixtures.Projection("DEU");
        var a = projection.Assumptions;
        var weo = PathFixtures.Weo.Find(AllyCode.From("DEU"))!;
        var weo2029 = (weo.Nominal(2029)!.Value / weo.Nominal(2028)!.Value - 1m) * 100m;

        Assert.Equal(2030, a.LongRunFrom);
        Assert.Equal(GrowthSource.OutlookLastYear, a.LongRunSource);
        Assert.Equal(Math.Round(weo2029, 18), Math.Round(a.LongRunNominalPct, 18));
        for (var year = 2030; year <= 2035; year++)
        {
            Assert.Equal(Math.Round(a.LongRunNominalPct, 18), Math.Round(projection.NominalGrowthPct(year), 18));
            Assert.Equal(Math.Round(a.LongRunRealPct, 18), Math.Round(projection.RealGrowthPct(year), 18));
        }
        Assert.Equal([2027, 2028, 2029], a.OutlookNominalGrowth.Select(r => r.Year));
        Assert.All(a.OutlookNominalGrowth, r => Assert.Equal(Math.Round(r.Percent, 18), Math.Round(projection.NominalGrowthPct(r.Year), 18)));
        Assert.Equal(124660m / 147002m, a.UsdRate);
        Assert.Equal(119159m / 147002m, a.Usd2021Factor);
        // The printed line carries the same numbers, rounded for reading.
        var line = a.Line();
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"2027 {a.OutlookNominalGrowth[0].Percent:0.00}%"), line, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"from 2030 {weo2029:0.00}% nominal"), line, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"rate {124660m / 147002m:0.0000} EUR per USD in 2026 (NATO's implied rate), moving with the outlook's NGDP/NGDPD, from 2030 with relative prices"), line, StringComparison.Ordinal);
    }

    [Fact]
    public void AGrowthOverrideForAllAppliesAfterTheWeoAndOneForAnAllyWins()
    {
        var options = new ProjectionOptions(
            [GrowthOverride.Parse("3", CultureInfo.InvariantCulture), GrowthOverride.Parse("DEU=1.2+2.0", CultureInfo.InvariantCulture)],
            new Dictionary<Currency, decimal>());
        var germany = PathFixtures.Projection("DEU", options: options);
        var france = PathFixtures.Projection("FRA", options: options);
        var weo = PathFixtures.Weo.Find(AllyCode.From("DEU"))!;

        Assert.Equal(Math.Round((weo.Nominal(2029)!.Value / weo.Nominal(2028)!.Value - 1m) * 100m, 18), Math.Round(germany.NominalGrowthPct(2029), 18));
        Assert.Equal(3.224m, Math.Round(germany.NominalGrowthPct(2031), 18));
        Assert.Equal(1.2m, Math.Round(germany.RealGrowthPct(2031), 18));
        Assert.Equal(GrowthSource.UserAlly, germany.Assumptions.LongRunSource);
        Assert.Equal(3m, Math.Round(france.NominalGrowthPct(2033), 18));
        Assert.Equal(GrowthSource.UserAllAllies, france.Assumptions.LongRunSource);
    }

    [Fact]
    public void AnExchangeRateOverrideIsUsedAndStated()
    {
        var options = new ProjectionOptions([], new Dictionary<Currency, decimal> { [Currency.Eur] = 0.9m });
        var projection = PathFixtures.Projection("DEU", options: options);

        Assert.Equal(0.9m, projection.UsdRate(2026));
        Assert.Equal(0.9m, projection.UsdRate(2035));
        Assert.True(projection.Assumptions.UsdRateOverridden);
        Assert.Contains("0.9000 EUR per USD (user override, held)", projection.Assumptions.Line(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSetOfAssumptionsStatesTheMethodAndEveryAlly()
    {
        var set = ProjectionSet.Build(TestData.Edition2026, AllyRegistry.All, PathFixtures.Weo, 2026, 2035, ProjectionOptions.Default);

        Assert.Equal(31, set.Projections.Count);
        Assert.Equal(2029, set.Assumptions.OutlookLastYear);
        Assert.Equal("WEO October 2024", set.Assumptions.Outlook);
        var lines = set.Assumptions.Lines().ToArray();
        Assert.Contains(lines, l => l.StartsWith("Nominal GDP 2027-2029 is chained on the WEO October 2024 growth of NGDP; from 2030 to 2035", StringComparison.Ordinal));
        Assert.Equal(31, lines.Count(l => l.Contains("base GDP 2026", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("3.1", 3.1)]
    [InlineData("1.2+2", 3.224)]
    [InlineData(" 0 ", 0)]
    public void GrowthAssumption_Parse_ReadsNominalOrRealPlusInflation(string text, double nominal)
    {
        Assert.Equal((decimal)nominal, GrowthAssumption.Parse(text, CultureInfo.InvariantCulture).NominalPct);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("1+2+3")]
    [InlineData("200")]
    [InlineData("XXX=3")]
    public void GrowthOverride_Parse_RejectsBadText(string text)
    {
        Assert.False(GrowthOverride.TryParse(text, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void Build_BaseYearOutsideTheEdition_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PathFixtures.Projection("DEU", baseYear: 2030));

        Assert.StartsWith("The base year 2030 is outside edition 2026's years 2014 to 2026; choose a base year in that range.", e.Message, StringComparison.Ordinal);
    }
}
