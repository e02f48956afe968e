using CsCheck;
using NatoSpend.Domain;
using NatoSpend.Domain.Paths;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Tests.Paths;

public class RequiredPathTests
{
    private static RequiredPath Path(string code, decimal target, int deadline, PathShape shape, PathParameters? parameters = null) =>
        RequiredPath.Compute(PathFixtures.Projection(code), PathFixtures.Share(code, 2026), ShareOfGdp.FromPercent(target), deadline, shape,
            parameters ?? PathParameters.Default);

    [Fact]
    public void GermanyLinearFrom2026To3Point5By2035StepsNineHundredthsOfAPointAYear()
    {
        var path = Path("DEU", 3.5m, 2035, PathShape.Linear);

        Assert.Equal(2.69m, path.Rows[0].Share.Percent);
        Assert.Equal(2026, path.Rows[0].Year);
        Assert.Equal(3.5m, path.Rows[^1].Share.Percent);
        Assert.Equal(2035, path.Rows[^1].Year);
        Assert.Equal(10, path.Rows.Count);
        Assert.All(path.Rows.Skip(1), r => Assert.Equal(0.09m, r.StepPp));
        Assert.Equal(3.05m, path.Rows.Single(r => r.Year == 2030).Share.Percent);
    }

    [Fact]
    public void SpainOnTheDraft2032RuleRisesTwoTenthsOfAPointAYear()
    {
        var rules = PathFixtures.Rules("hague-draft-2032");
        Assert.Equal(PathShape.MinStep, rules.DefaultShape);
        var path = Path("ESP", rules.CoreTarget.Percent, rules.Deadline, rules.DefaultShape, new PathParameters(rules.MinAnnualStepPp!.Value, rules.FrontLoadFraction));

        Assert.Equal(2.0m, path.Rows[0].Share.Percent);
        Assert.Equal(2032, path.Rows[^1].Year);
        Assert.All(path.Rows.Skip(1), r => Assert.Equal(0.2m, r.StepPp));
        Assert.Equal(3.2m, path.Rows[^1].Share.Percent);
        // 0.2 pp a year from 2.00% cannot reach 3.5% by 2032: the path says so rather than jumping in the last year.
        Assert.False(path.ReachesTarget);
        Assert.Equal(2034, path.TargetReachedYear);
        Assert.Equal(
            "At 0.20 pp a year Spain reaches 3.20% in 2032, 0.30 pp short of the target 3.50%; it would reach it in 2034, and a linear path needs 0.250 pp a year.",
            Assert.Single(path.Notes));
    }

    [Fact]
    public void MinStepHoldsTheTargetOnceReached()
    {
        var path = Path("DEU", 3.5m, 2035, PathShape.MinStep);

        Assert.Equal(new[] { 2.69m, 2.89m, 3.09m, 3.29m, 3.49m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m }, path.Rows.Select(r => r.Share.Percent));
        Assert.True(path.ReachesTarget);
        Assert.Equal(2031, path.TargetReachedYear);
    }

    [Fact]
    public void PathsStartOnThePublishedBaseAndEndOnTheTargetForRandomBasesTargetsAndDeadlines()
    {
        var projection = PathFixtures.Projection("DEU", 2026, 2060);
        Gen.Select(Gen.Int[1, 900], Gen.Int[1, 1000], Gen.Int[2027, 2060], Gen.Int[0, 3]).Sample(t =>
        {
            var (baseHundredths, riseHundredths, deadline, shapeIndex) = t;
            var baseShare = ShareOfGdp.FromPercent(baseHundredths / 100m);
            var target = ShareOfGdp.FromPercent(Math.Min(100m, baseShare.Percent + riseHundredths / 100m));
            var shape = new[] { PathShape.Linear, PathShape.RealGrowth, PathShape.FrontLoaded, PathShape.MinStep }[shapeIndex];
            // A min-step path lands on the target when its step is large enough; give it the linear step rounded up.
            var step = Math.Ceiling((target.Percent - baseShare.Percent) / (deadline - 2026) * 100m) / 100m;
            var path = RequiredPath.Compute(projection, baseShare, target, deadline, shape, new PathParameters(Math.Max(0.01m, step), 0.3m));

            return path.Rows[0].Share == baseShare
                && path.Rows[0].Year == 2026
                && path.Rows[^1].Year == deadline
                && path.Rows[^1].Share == target
                && path.Rows.Count == deadline - 2026 + 1
                // Constant real growth can dip where real GDP grows faster than the path's rate; the other shapes never fall.
                && (shape == PathShape.RealGrowth || path.Rows.Skip(1).All(r => r.StepPp >= 0m))
                && path.ReachesTarget;
        });
    }

    [Fact]
    public void AMinStepTooSmallStopsShortByExactlyWhatTheStepsLeaveOut()
    {
        var projection = PathFixtures.Projection("DEU", 2026, 2045);
        Gen.Select(Gen.Int[1, 400], Gen.Int[1, 30], Gen.Int[2027, 2045]).Sample(t =>
        {
            var (baseHundredths, stepHundredths, deadline) = t;
            var baseShare = ShareOfGdp.FromPercent(baseHundredths / 100m);
            var step = stepHundredths / 100m;
            var target = ShareOfGdp.FromPercent(baseShare.Percent + step * (deadline - 2026) + 0.01m);
            var path = RequiredPath.Compute(projection, baseShare, target, deadline, PathShape.MinStep, new PathParameters(step, 0.25m));

            return !path.ReachesTarget
                && path.Rows[^1].Share.Percent == baseShare.Percent + step * (deadline - 2026)
                && path.TargetReachedYear == deadline + 1
                && path.Notes.Count == 1;
        });
    }

    [Fact]
    public void AnAllyAlreadyAboveTheTargetHoldsItsShareOnEveryShape()
    {
        foreach (var shape in PathShapes.All)
        {
            var path = Path("POL", 3.5m, 2035, shape);

            Assert.All(path.Rows, r => Assert.Equal(4.68m, r.Share.Percent));
            Assert.True(path.AlreadyAtTarget);
            Assert.All(path.Rows, r => Assert.Equal(0m, r.ExtraVsHold.Amount));
        }
    }

    [Fact]
    public void HoldFreezesTheBaseShareAndCostsNothingExtra()
    {
        var path = Path("DEU", 3.5m, 2035, PathShape.Hold);

        Assert.All(path.Rows, r => Assert.Equal(2.69m, r.Share.Percent));
        Assert.All(path.Rows, r => Assert.Equal(0m, r.CumulativeExtra.Amount));
        Assert.False(path.ReachesTarget);
    }

    [Fact]
    public void SpendingIsShareTimesProjectedGdpAndExtraIsAgainstTheFrozenShare()
    {
        var projection = PathFixtures.Projection("DEU");
        var path = Path("DEU", 3.5m, 2035, PathShape.Linear);
        var cumulative = 0m;
        foreach (var row in path.Rows)
        {
            // Spending is NATO's published figure in the base year and grows with the share and nominal GDP after it.
            var gdp = projection.ShareBasis(row.Year);
            Assert.Equal(Round(row.Year == 2026 ? projection.BaseSpending : row.Share.Percent * gdp / 100m), Round(row.Spending.Amount));
            Assert.Equal(Round((row.Share.Percent - 2.69m) * gdp / 100m), Round(row.ExtraVsHold.Amount));
            cumulative += row.ExtraVsHold.Amount;
            Assert.Equal(Round(cumulative), Round(row.CumulativeExtra.Amount));
            Assert.Equal(Round(row.Spending.Amount / projection.UsdRate(row.Year)), Round(row.SpendingUsd.Amount));
            Assert.Equal(Currency.Eur, row.Spending.Currency);
            Assert.Equal(Currency.Usd, row.SpendingUsd.Currency);
        }
        // In the base year USD at 2021 prices is NATO's own ratio of constant-2021 to current USD spending.
        var baseRow = path.Rows[0];
        Assert.Equal(Round(baseRow.SpendingUsd.Amount * 119159m / 147002m), Round(baseRow.SpendingUsd2021.Amount));
    }

    [Fact]
    public void RealGrowthPathGrowsSpendingAtOneConstantRealRate()
    {
        var path = Path("DEU", 3.5m, 2035, PathShape.RealGrowth);

        Assert.NotNull(path.ConstantRealGrowthPct);
        Assert.All(path.Rows.Skip(1), r => Assert.Equal((double)path.ConstantRealGrowthPct!.Value, (double)r.RealGrowthPct!.Value, 9));
        Assert.Equal(3.5m, path.Rows[^1].Share.Percent);
    }

    [Fact]
    public void FrontLoadedStepsShrinkByTheComplementOfTheFraction()
    {
        var path = Path("DEU", 3.5m, 2035, PathShape.FrontLoaded, new PathParameters(0.2m, 0.3m));

        for (var k = 2; k < path.Rows.Count; k++)
        {
            Assert.Equal(0.7m, Math.Round(path.Rows[k].StepPp!.Value / path.Rows[k - 1].StepPp!.Value, 12));
        }
        Assert.True(path.Rows[1].StepPp > path.Rows[^1].StepPp);
        Assert.Equal(3.5m, path.Rows[^1].Share.Percent);
    }

    [Fact]
    public void Compute_DeadlineBeforeBase_ThrowsWithTheFix()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Path("DEU", 3.5m, 2025, PathShape.Linear));

        Assert.StartsWith("The deadline 2025 is before the base year 2026; choose a deadline from 2027 on.", e.Message, StringComparison.Ordinal);
        Assert.Equal("deadline", e.ParamName);
    }

    [Fact]
    public void Compute_DeadlineIsTheBaseYear_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Path("DEU", 3.5m, 2026, PathShape.Linear));

        Assert.StartsWith("The deadline 2026 is the base year itself; choose a deadline from 2027 on.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownShape_ListsTheShapes()
    {
        var e = Assert.Throws<ArgumentException>(() => PathShapes.Parse("zigzag"));

        Assert.StartsWith("The shape 'zigzag' is not one NatoSpend knows; use linear, min-step, real-growth, front-loaded or hold.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShapeNameRoundTrips()
    {
        Assert.All(PathShapes.All, s => Assert.Equal(s, PathShapes.Parse(PathShapes.Name(s))));
    }

    private static decimal Round(decimal value) => Math.Round(value, 6);
}
