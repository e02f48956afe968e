using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Gaps;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Gaps;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Tests.Paths;

public class GapAndAllianceTests
{
    private static readonly EditionData Data = TestData.Edition2026;

    [Fact]
    public void EuropeIn2024AgainstThreePercentSumsTheShortfallsAndGivesTheAggregate()
    {
        var europe = AllyRegistry.Resolve("europe");
        var report = GapReport.Build(Data, 2024, Targets.Uniform(ShareOfGdp.FromPercent(3m)), europe, GapReport.GroupsFor("europe", europe));

        // Recompute from the published figures: shortfall = max(0, 3 − share) % of GDP in USD; aggregate nets allies above 3%.
        decimal sum = 0m, net = 0m;
        var counted = 0;
        foreach (var ally in europe)
        {
            if (Data.Value(ally.Code, Metric.DefenceShareOfGdp, 2024) is not { } share)
            {
                continue;
            }
            var gdpUsd = Data.Value(ally.Code, Metric.GdpUsdCurrent, 2024)!.Value * 1_000_000m;
            sum += Math.Max(0m, 3m - share) / 100m * gdpUsd;
            net += (3m - share) / 100m * gdpUsd;
            counted++;
        }
        Assert.Equal(29, counted);
        Assert.Equal(29, report.Rows.Count);
        Assert.Equal("ISL", Assert.Single(report.NotReported).Code.Value);
        var total = report.Totals[0];
        Assert.Equal("europe", total.Group);
        Assert.Equal(sum, total.SumOfShortfallsUsd.Amount);
        Assert.Equal(net, total.AggregateGapUsd.Amount);
        Assert.Equal(report.Rows.Sum(r => r.ShortfallUsd.Amount), total.SumOfShortfallsUsd.Amount);
        Assert.True(total.SumOfShortfallsUsd.Amount > total.AggregateGapUsd.Amount);
        Assert.Equal(Math.Round(sum * report.Rate.EurPerUsd, 6), Math.Round(total.SumOfShortfallsEur.Amount, 6));
        Assert.Equal(["europe", "eu"], report.Totals.Select(t => t.Group));
        Assert.Equal(86638m / 93747m, report.Rate.EurPerUsd);
        Assert.StartsWith("EUR 0.9242 per USD, NATO's 2024 annual-average rate implied by Germany's defence spending", report.Rate.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAllyAboveTheTargetLacksNothingAndOneBelowLacksItsGapTimesGdp()
    {
        var allies = AllyRegistry.Resolve("POL,ESP");
        var report = GapReport.Build(Data, 2024, Targets.Uniform(ShareOfGdp.FromPercent(3m)), allies, GapReport.GroupsFor("POL,ESP", allies));
        var poland = report.Rows.Single(r => r.Ally.Code.Value == "POL");
        var spain = report.Rows.Single(r => r.Ally.Code.Value == "ESP");

        Assert.Equal(0m, poland.Shortfall.Amount);
        Assert.True(poland.GapPp < 0m);
        Assert.Equal(1.58m, spain.GapPp);
        Assert.Equal(1.58m / 100m * 1725152m * 1_000_000m, spain.ShortfallUsd.Amount);
        Assert.Equal(Data.GdpNational(spain.Ally, 2024)!.Value * (1.58m / 100m), spain.Shortfall);
    }

    [Fact]
    public void TheGapAtTheDeadlineHoldsTheBaseShareOnProjectedGdp()
    {
        var allies = AllyRegistry.Resolve("europe");
        var projections = ProjectionSet.Build(Data, allies, PathFixtures.Weo, 2026, 2035, ProjectionOptions.Default);
        var report = GapReport.Build(Data, 2026, Targets.From(PathFixtures.Rules("spain-view")), allies, GapReport.GroupsFor("europe", allies), projections, 2035);
        var spain = report.Rows.Single(r => r.Ally.Code.Value == "ESP");
        var germany = report.Rows.Single(r => r.Ally.Code.Value == "DEU");

        Assert.Equal(2.1m, spain.Target.Percent);
        Assert.Equal(0.1m, spain.AtDeadline!.GapPp);
        Assert.Equal(Money.Of(projections.For(AllyCode.From("ESP")).ShareBasis(2035), Currency.Eur) * 0.001m, spain.AtDeadline.Shortfall);
        Assert.Equal(0.81m, germany.AtDeadline!.GapPp);
        Assert.Equal(Math.Round(germany.AtDeadline.Shortfall.Amount / projections.For(AllyCode.From("DEU")).UsdRate(2035), 6), Math.Round(germany.AtDeadline.ShortfallUsd.Amount, 6));
        Assert.Equal(report.Rows.Sum(r => r.AtDeadline!.ShortfallUsd.Amount), report.Totals[0].SumAtDeadlineUsd!.Value.Amount);
        Assert.NotNull(report.Assumptions);
    }

    [Fact]
    public void GapsNeedAnEditionWithMoneyTables()
    {
        var allies = AllyRegistry.Resolve("all");
        var e = Assert.Throws<ArgumentException>(() => GapReport.Build(TestData.Edition2025, 2024, Targets.Uniform(ShareOfGdp.FromPercent(2m)), allies, GapReport.GroupsFor("all", allies)));

        Assert.StartsWith("Edition 2025 publishes no GDP or spending tables", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAllianceSumsItsAlliesAndItsBaseYearCountsMatchNatosOwn()
    {
        var view = Alliance(PathShape.Linear);
        var first = view.Years[0];
        var last = view.Years[^1];

        Assert.Equal(31, first.Allies);
        Assert.Equal(2026, first.Year);
        Assert.Equal(2035, last.Year);
        Assert.Equal(view.Paths.Sum(p => p.Rows[0].SpendingUsd.Amount), first.TotalUsd.Amount);
        Assert.Equal(first.TotalUsd.Amount, first.EuropeCanadaUsd.Amount + first.UnitedStatesUsd.Amount);
        Assert.Equal(Math.Round(100m * first.UnitedStatesUsd.Amount / first.TotalUsd.Amount, 10), Math.Round(first.UsSharePct, 10));
        // In the base year the paths sit on the published shares: 30 of 31 at 2% and 5 at 3.5%, as NATO counts for 2026.
        Assert.Equal(30, first.Counts.Single(c => c.Threshold.Percent == 2m).AtOrAbove);
        Assert.Equal(5, first.Counts.Single(c => c.Threshold.Percent == 3.5m).AtOrAbove);
        Assert.Equal(31, last.Counts.Single(c => c.Threshold.Percent == 3.5m).AtOrAbove);
        Assert.True(last.TotalUsd2021.Amount > first.TotalUsd2021.Amount);
    }

    [Fact]
    public void OnTheHoldPathTheAllianceOnlyGrowsWithGdp()
    {
        var view = Alliance(PathShape.Hold);

        Assert.All(view.Years, y => Assert.Equal(0m, y.ExtraVsHoldUsd.Amount));
        Assert.All(view.Years, y => Assert.Equal(5, y.Counts.Single(c => c.Threshold.Percent == 3.5m).AtOrAbove));
    }

    private static AllianceView Alliance(PathShape shape)
    {
        var projections = ProjectionSet.Build(Data, AllyRegistry.All, PathFixtures.Weo, 2026, 2035, ProjectionOptions.Default);
        var paths = projections.Projections
            .Select(p => RequiredPath.Compute(p, Data.Share(p.Ally.Code, 2026)!.Value, ShareOfGdp.FromPercent(3.5m), 2035, shape, PathParameters.Default))
            .ToArray();
        return AllianceView.Build(paths, [ShareOfGdp.FromPercent(2m), ShareOfGdp.FromPercent(3.5m), ShareOfGdp.FromPercent(5m)]);
    }
}
