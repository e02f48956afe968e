using System.Text.Json;
using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Paths;

/// <summary>The projections checked the way an economist would: money in USD follows GDP in USD, the base year is what NATO published.</summary>
public class ProjectionEconomicsTests
{
    private static EditionData Data => TestData.Edition2026;

    private static MacroOutlook Newest => TestData.Catalog.LoadOutlook();

    [Fact]
    public void TheNewestOutlookIsTheDefault()
    {
        Assert.Equal("weo-2026-04", Newest.Id);
        Assert.Equal("WEO April 2026", Newest.Vintage);
    }

    [Fact]
    public void ForEveryAllyAndYearSpendingInUsdIsShareTimesGdpInUsdAndGdpInUsdFollowsTheOutlooksNgdpd()
    {
        var set = ProjectionSet.Build(Data, AllyRegistry.All, Newest, 2026, 2035, ProjectionOptions.Default);
        Assert.Equal(31, set.Projections.Count);
        foreach (var projection in set.Projections)
        {
            var code = projection.Ally.Code;
            var path = RequiredPath.Compute(projection, Data.Share(code, 2026)!.Value, ShareOfGdp.FromPercent(3.5m), 2035, PathShape.Linear, PathParameters.Default);
            var weo = Newest.Find(code)!;
            foreach (var row in path.Rows)
            {
                var expected = row.Share.Percent / 100m * projection.GdpUsd(row.Year);
                Assert.True(Math.Abs(row.SpendingUsd.Amount - expected) <= 1e-9m * expected, $"{code} {row.Year}: {row.SpendingUsd.Amount} against {expected}");
                if (row.Year <= weo.LastYear)
                {
                    var ngdpd = weo.NominalUsd(row.Year)!.Value / weo.NominalUsd(2026)!.Value;
                    var ours = projection.GdpUsd(row.Year) / projection.GdpUsd(2026);
                    Assert.True(Math.Abs(ours / ngdpd - 1m) < 1e-12m, $"{code} {row.Year}: GDP in USD grows {ours}, the outlook's NGDPD {ngdpd}");
                }
            }
        }
    }

    [Fact]
    public void TheBaseRowOfEveryAllyIsNatosPublishedSpendingInNationalCurrencyAndUsdWithItsEstimateMark()
    {
        var set = ProjectionSet.Build(Data, AllyRegistry.All, Newest, 2026, 2035, ProjectionOptions.Default);
        foreach (var projection in set.Projections)
        {
            var code = projection.Ally.Code;
            var row = RequiredPath.Compute(projection, Data.Share(code, 2026)!.Value, ShareOfGdp.FromPercent(3.5m), 2035, PathShape.Linear, PathParameters.Default).Rows[0];
            Assert.Equal(Data.Value(code, Metric.DefenceNatcurCurrent, 2026), row.Spending.Millions);
            Assert.Equal(Data.Value(code, Metric.DefenceUsdCurrent, 2026)!.Value, Math.Round(row.SpendingUsd.Millions, 6));
            Assert.Equal(Data.Value(code, Metric.DefenceUsdConst2021, 2026)!.Value, Math.Round(row.SpendingUsd2021.Millions, 6));
            Assert.Equal(Data.Find(code, Metric.DefenceShareOfGdp, 2026)!.Estimate, row.Estimate);
            Assert.Equal(ProjectionBasis.Published, row.Basis);
        }
    }

    [Fact]
    public void TheNetherlandsBaseRowIsEur27900MillionMarkedAsNatosEstimate()
    {
        var result = CliRun.Run("path", "NLD", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var first = json.RootElement.GetProperty("years")[0];
        Assert.Equal(2026, first.GetProperty("year").GetInt32());
        Assert.Equal(27900m, first.GetProperty("spending").GetDecimal());
        Assert.Equal("published (estimate)", first.GetProperty("basis").GetString());
    }

    [Fact]
    public void TurkiyesSpendingInCurrentUsdGrowsAPlausibleMultipleBy2035UnlessTheRateIsHeld()
    {
        var outlook = ProjectionSet.Build(Data, [AllyRegistry.Get(AllyCode.From("TUR"))], Newest, 2026, 2035, ProjectionOptions.Default).Projections[0];
        var held = ProjectionSet.Build(Data, [AllyRegistry.Get(AllyCode.From("TUR"))], Newest, 2026, 2035, ProjectionOptions.Default with { RateRule = ExchangeRateRule.Hold }).Projections[0];
        decimal Multiple(GdpProjection p)
        {
            var path = RequiredPath.Compute(p, Data.Share(p.Ally.Code, 2026)!.Value, ShareOfGdp.FromPercent(3.5m), 2035, PathShape.Linear, PathParameters.Default);
            return path.Rows[^1].SpendingUsd.Amount / path.Rows[0].SpendingUsd.Amount;
        }

        // From 2.x% to 3.5% of a GDP growing a few percent a year in real terms plus US inflation: about twice the 2026 money.
        Assert.InRange(Multiple(outlook), 1.5m, 2.5m);
        // Holding the lira's 2026 rate while Turkish prices compound multiplies the dollars several times over: the stated option.
        Assert.True(Multiple(held) > 4m, $"held: {Multiple(held)}");
        Assert.Contains("held", held.Assumptions.Line(), StringComparison.Ordinal);
    }

    [Fact]
    public void AllianceInTheBaseYearReproducesNatosPublishedTotalAndUsShareAtCurrentAnd2021Prices()
    {
        var rollUp = AllianceRollUp.Build(Data, Newest, PathFixtures.Rules("hague-2025"), AllyRegistry.All, Targets.From(PathFixtures.Rules("hague-2025")),
            PathShape.Linear, PathParameters.Default, 2026, 2035, ProjectionOptions.Default);
        var first = rollUp.View.Years[0];
        var total = Data.Find(Aggregates.NatoTotal, Metric.DefenceUsdCurrent, 2026)!.Value;
        var total2021 = Data.Find(Aggregates.NatoTotal, Metric.DefenceUsdConst2021, 2026)!.Value;
        var us = Data.Value(AllyCode.From("USA"), Metric.DefenceUsdCurrent, 2026)!.Value;
        var us2021 = Data.Value(AllyCode.From("USA"), Metric.DefenceUsdConst2021, 2026)!.Value;

        // NATO's total is the sum of 31 figures each rounded to the million: at most 16 m apart.
        Assert.InRange(first.TotalUsd.Millions - total, -16m, 16m);
        Assert.InRange(first.TotalUsd2021.Millions - total2021, -16m, 16m);
        Assert.Equal(Math.Round(100m * us / total, 1), Math.Round(first.UsSharePct, 1));
        Assert.Equal(Math.Round(100m * us2021 / total2021, 1), Math.Round(first.UsSharePct2021, 1));

        var last = rollUp.View.Years[^1];
        Assert.Equal(2035, last.Year);
        Assert.InRange(last.UsSharePct, 40m, 60m);
        Assert.InRange(last.UsSharePct2021, 40m, 60m);
        var columns = rollUp.Table.Columns.Select(c => c.Key).ToArray();
        Assert.Contains("us_share_pct", columns);
        Assert.Contains("us_share_2021_pct", columns);
    }

    [Theory]
    [InlineData("weo-2026-04", "WEO April 2026")]
    [InlineData("weo-2025-10", "WEO October 2025")]
    [InlineData("weo-2025-04", "WEO April 2025")]
    [InlineData("weo-2024-10", "WEO October 2024")]
    public void EveryShippedOutlookProjectsAndIsNamedOnTheProjection(string id, string vintage)
    {
        var result = CliRun.Run("path", "DEU", "--outlook", id, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.All(json.RootElement.GetProperty("years").EnumerateArray().Skip(1), y => Assert.Equal(vintage, y.GetProperty("outlook").GetString()));
        Assert.Contains(json.RootElement.GetProperty("assumptions").EnumerateArray(), l => l.GetString()!.Contains(vintage, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownOutlookIsAUsageErrorNamingTheShippedOnes()
    {
        var result = CliRun.Run("path", "DEU", "--outlook", "weo-2030-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: There is no outlook 'weo-2030-01'; the outlooks are weo-2026-04, weo-2025-10, weo-2025-04, weo-2024-10 (see 'natospend editions').", result.Error.Trim());
    }

    [Fact]
    public void CompareOutlooksShowsHowGermanysRequiredMoneyMovedBetweenVintages()
    {
        var result = CliRun.Run("compare", "--source", "outlooks", "--allies", "DEU", "--outlooks", "weo-2024-10,weo-2026-04", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(20, rows.Length);
        var older = rows.Single(r => r.GetProperty("year").GetInt32() == 2035 && r.GetProperty("outlook").GetString() == "WEO October 2024");
        var newer = rows.Single(r => r.GetProperty("year").GetInt32() == 2035 && r.GetProperty("outlook").GetString() == "WEO April 2026");
        Assert.Equal(3.5m, newer.GetProperty("share").GetDecimal());
        Assert.Equal(
            Math.Round(newer.GetProperty("spending").GetDecimal() - older.GetProperty("spending").GetDecimal(), 0),
            Math.Round(newer.GetProperty("change_vs_first").GetDecimal(), 0));
        Assert.Equal("extrapolated", newer.GetProperty("basis").GetString());
        var base2026 = rows.Where(r => r.GetProperty("year").GetInt32() == 2026).Select(r => r.GetProperty("spending").GetDecimal()).Distinct();
        Assert.Equal([124660m], base2026);
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(),
            n => n.GetString()!.StartsWith("Germany: required spending in 2035 on the linear path is EUR ", StringComparison.Ordinal));
    }

    [Fact]
    public void HoldingTheBaseRateIsAStatedOption()
    {
        var result = CliRun.Run("path", "TUR", "--exchange-rates", "hold", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var years = json.RootElement.GetProperty("years");
        Assert.Equal("national currency per USD held at NATO's implied 2026 rate", years[3].GetProperty("currency_basis").GetString());
        var bad = CliRun.Run("path", "TUR", "--exchange-rates", "frozen");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("The exchange-rate rule 'frozen' is not one NatoSpend knows", bad.Error, StringComparison.Ordinal);
    }
}
