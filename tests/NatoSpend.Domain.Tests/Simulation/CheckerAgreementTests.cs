using CsCheck;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Tests.Paths;
using NatoSpend.Tests.Plans;

namespace NatoSpend.Tests.Simulation;

/// <summary>The simulation re-implements the checker's per-year rules over vectors of draws; at zero volatility every draw is the
/// deterministic plan, so the two must agree check by check.</summary>
public class CheckerAgreementTests
{
    private static readonly string[] Allies = ["DEU", "POL", "ESP", "FRA", "USA"];
    private static readonly string[] RuleIds = ["hague-2025", "hague-draft-2032", "spain-view"];

    [Fact]
    public void AtZeroVolatilityTheSimulationGivesThePlanCheckersOutcomeForEveryPerDrawCheck()
    {
        var compared = new int[CheckIds.PerDraw.Count];
        var failures = new int[CheckIds.PerDraw.Count];
        Gen.Select(Gen.Int[0, Allies.Length - 1], Gen.Int[0, RuleIds.Length - 1], Gen.Int[-30, 60].Array[9]).Sample(t =>
        {
            var (allyIndex, rulesIndex, steps) = t;
            var code = Allies[allyIndex];
            var rules = PathFixtures.Rules(RuleIds[rulesIndex]);
            var shares = new decimal[9];
            var s = PathFixtures.Share(code, 2026).Percent;
            for (var i = 0; i < 9; i++)
            {
                s = Math.Clamp(s + steps[i] / 100m, 0.5m, 20m);
                shares[i] = s;
            }
            // The simulation runs to the deadline, so the plan does too.
            var deadline = rules.Deadline;
            var plan = PlanFixtures.Consecutive(code, 2027, [.. shares.Take(deadline - 2026)]);
            var check = PlanChecker.Check(plan, rules, TestData.Edition2026, PathFixtures.Weo, ProjectionOptions.Default);
            var projection = GdpProjection.Build(TestData.Edition2026, PathFixtures.Ally(code), PathFixtures.Weo, 2026, deadline, ProjectionOptions.Default);
            var scenario = AllyScenario.FromPlan(check, projection, deadline);
            var outcome = MonteCarlo.Run([scenario], SimulationFixtures.ZeroVolatility, new SimulationOptions(MonteCarlo.BlockSize, 1)).Allies[0];

            for (var k = 0; k < CheckIds.PerDraw.Count; k++)
            {
                var id = CheckIds.PerDraw[k];
                var result = check.Checks.Single(c => c.Name == id.Name());
                if (result.Outcome is not (CheckOutcome.Pass or CheckOutcome.Fail) || result.Undecided)
                {
                    continue;
                }
                Interlocked.Increment(ref compared[k]);
                var expected = result.Outcome == CheckOutcome.Pass ? 1.0 : 0.0;
                if (expected == 0.0)
                {
                    Interlocked.Increment(ref failures[k]);
                }
                Assert.True(outcome.CheckPasses[id.Name()] == expected,
                    $"{code} under {rules.Id}, shares {string.Join(", ", shares)}: {id.Name()} is {result.Outcome} in the checker ({result.Message}) but passes in {outcome.CheckPasses[id.Name()]:0.00} of the draws");
            }
            return true;
        }, iter: 200);

        // Each check was compared, and seen both passing and failing, or the property says little.
        for (var k = 0; k < CheckIds.PerDraw.Count; k++)
        {
            Assert.True(compared[k] > 0, $"{CheckIds.PerDraw[k].Name()} was never compared");
        }
        Assert.Contains(failures, f => f > 0);
    }

    [Fact]
    public void TheCheckerAndTheSimulationNameTheirChecksFromOneList()
    {
        Assert.Equal(CheckIds.All.Select(CheckIds.Name), PlanChecker.CheckNames);
        Assert.Equal(CheckIds.PerDraw.Select(CheckIds.Name), SimulationResult.CheckNames);
        Assert.All(PlanChecker.CheckNames, n => Assert.Equal(n, CheckIds.FromName(n)!.Value.Name()));
    }
}
