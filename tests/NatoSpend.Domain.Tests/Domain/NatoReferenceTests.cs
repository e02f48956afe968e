using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Status;

namespace NatoSpend.Tests.Domain;

/// <summary>Recomputes NATO's own published aggregates and counts from the shipped files.</summary>
public class NatoReferenceTests
{
    private static readonly ShareOfGdp Two = ShareOfGdp.FromPercent(2m);

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void AlliesSumToNatoTotalAndEuropeCanada(int year)
    {
        var data = TestData.Edition2026;
        var allies = AllyRegistry.All.Where(a => a.HasExpenditureData).ToArray();
        decimal Sum(IEnumerable<Ally> group) => group.Sum(a => data.Value(a.Code, Metric.DefenceUsdCurrent, year)!.Value);

        var total = data.Find(Aggregates.NatoTotal, Metric.DefenceUsdCurrent, year)!.Value;
        var europeCanada = data.Find(Aggregates.EuropeCanada, Metric.DefenceUsdCurrent, year)!.Value;

        // NATO rounds each ally to USD 1 m: 31 roundings of at most 0.5 each.
        Assert.InRange(Sum(allies) - total, -16m, 16m);
        Assert.InRange(Sum(allies.Where(a => a.Code.Value != "USA")) - europeCanada, -16m, 16m);
    }

    [Theory]
    [InlineData(2024, 17)]
    [InlineData(2025, 28)]
    [InlineData(2026, 30)]
    public void AlliesAtTwoPercentMatchNatoCounts(int year, int expected)
    {
        var report = StatusReport.Build(TestData.Edition2026, year, Two, AllyRegistry.All);

        var count = report.Counts.Single(c => c.Threshold == Two);
        Assert.Equal(expected, count.AtOrAbove);
        Assert.Equal(31, count.Of);
    }

    [Theory]
    [InlineData(2024, 65.3)]
    [InlineData(2026, 57.1)]
    public void UsShareOfNatoSpendingMatchesNato(int year, double expected)
    {
        var report = StatusReport.Build(TestData.Edition2026, year, Two, AllyRegistry.All);

        Assert.Equal((decimal)expected, Math.Round(report.Totals.UsShareOfNatoPct!.Value, 1));
    }

    [Fact]
    public void PolandIsAt468PercentIn2026()
    {
        var share = TestData.Edition2026.Share(AllyCode.From("POL"), 2026);

        Assert.Equal(4.68m, share!.Value.Percent);
        Assert.True(TestData.Edition2026.Find(AllyCode.From("POL"), Metric.DefenceShareOfGdp, 2026)!.Estimate);
    }

    [Fact]
    public void Edition2025CountsEighteenAlliesAtTwoPercentIn2024()
    {
        var report = StatusReport.Build(TestData.Edition2025, 2024, Two, AllyRegistry.All);

        Assert.Equal(18, report.Counts.Single(c => c.Threshold == Two).AtOrAbove);
    }

    [Fact]
    public void IcelandIsReportedAsHavingNoDataNeverZero()
    {
        var report = StatusReport.Build(TestData.Edition2026, 2026, Two, AllyRegistry.All);

        Assert.DoesNotContain(report.Rows, r => r.Ally.Code.Value == "ISL");
        var iceland = Assert.Single(report.NotReported);
        Assert.Equal("no armed forces, no expenditure data", iceland.NoDataReason);
    }

    [Fact]
    public void NominalGdpInNationalCurrencyUsesTheImpliedExchangeRate()
    {
        var data = TestData.Edition2026;
        var germany = AllyRegistry.Get(AllyCode.From("DEU"));

        var gdp = data.GdpNational(germany, 2026)!.Value;

        // 124,660 EUR m / 147,002 USD m × GDP USD; spending over GDP must give back the current-price share (~2.69%).
        var share = 100m * 124_660m / gdp.Millions;
        Assert.Equal(Currency.Eur, gdp.Currency);
        Assert.InRange(share, 2.66m, 2.72m);
    }

    [Fact]
    public void ShortfallIsTheGapTimesGdp()
    {
        var report = StatusReport.Build(TestData.Edition2026, 2026, ShareOfGdp.FromPercent(3.5m), [AllyRegistry.Get(AllyCode.From("DEU"))]);
        var row = Assert.Single(report.Rows);
        var gdp = TestData.Edition2026.GdpNational(row.Ally, 2026)!.Value;

        Assert.Equal(0.81m, row.GapPp);
        Assert.Equal(gdp.Amount * 0.0081m, row.Shortfall!.Value.Amount);
    }

    [Fact]
    public void EstimatesAreMarkedForTheEditionsEstimateYears()
    {
        Assert.Equal([2025, 2026], TestData.Edition2026.EstimateYears);
    }
}
