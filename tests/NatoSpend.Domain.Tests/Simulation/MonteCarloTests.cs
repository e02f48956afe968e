using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Tests.Paths;

namespace NatoSpend.Tests.Simulation;

public class MonteCarloTests
{
    [Fact]
    public void NormalStream_SameSeedAndStream_SameVariates_AndSplitFillsContinueTheStream()
    {
        var a = new double[1000];
        var b = new double[1000];
        NormalStream.Create(7, 3).Fill(a);
        var s = NormalStream.Create(7, 3);
        s.Fill(b.AsSpan(0, 3));
        s.Fill(b.AsSpan(3, 501));
        s.Fill(b.AsSpan(504));
        Assert.Equal(a, b);
        var other = new double[1000];
        NormalStream.Create(7, 4).Fill(other);
        Assert.NotEqual(a, other);
    }

    [Fact]
    public void NormalStream_HasStandardNormalMoments()
    {
        var z = new double[400_000];
        NormalStream.Create(1, 0).Fill(z);
        var mean = z.Average();
        var variance = z.Sum(v => (v - mean) * (v - mean)) / (z.Length - 1);
        var kurtosis = z.Sum(v => Math.Pow(v - mean, 4)) / z.Length / (variance * variance);
        // Standard errors: mean 0.0016, variance 0.0022, kurtosis 0.008.
        Assert.InRange(mean, -0.007, 0.007);
        Assert.InRange(variance, 0.99, 1.01);
        Assert.InRange(kurtosis, 2.96, 3.04);
        Assert.InRange(z.Count(v => v < -1.959964) / (double)z.Length, 0.024, 0.026);
    }

    [Fact]
    public void ZeroVolatility_EqualsTheDeterministicProjectionExactly()
    {
        var scenarios = SimulationFixtures.Scenarios("DEU,POL,ESP,USA,TUR");
        var result = MonteCarlo.Run(scenarios, SimulationFixtures.ZeroVolatility, new SimulationOptions(700, 3));
        foreach (var (outcome, scenario) in result.Allies.Zip(scenarios))
        {
            foreach (var (year, baseline) in outcome.Years.Zip(scenario.Years))
            {
                Assert.All(year.Share.Values, v => Assert.Equal(baseline.Share, v));
                Assert.All(year.Spending.Values, v => Assert.Equal(baseline.Spending, v));
                Assert.All(year.SpendingUsd.Values, v => Assert.Equal(baseline.SpendingUsd, v));
            }
        }
        // The deterministic paths and projections, recomputed without the simulation.
        var data = TestData.Edition2026;
        var rules = PathFixtures.Rules("hague-2025");
        var deu = RequiredPath.Compute(PathFixtures.Projection("DEU"), PathFixtures.Share("DEU", 2026), rules.CoreTarget, 2035, PathShape.Linear, PathParameters.Default);
        var simulated = result.For(AllyCode.From("DEU"));
        Assert.Equal((double)deu.Rows[^1].Share.Percent, simulated.Years[^1].Share.P50);
        Assert.Equal((double)deu.Rows[^1].Spending.Amount, simulated.Years[^1].Spending.P95);
        Assert.Equal((double)deu.Rows[^1].SpendingUsd.Amount, simulated.Years[^1].SpendingUsd.P5);
        Assert.Equal(deu.ReachesTarget ? 1.0 : 0.0, simulated.ReachesTarget);
        var total = scenarios.Sum(s => s.Years[^1].SpendingUsd);
        Assert.All(result.Alliance.TotalUsd.Values, v => Assert.Equal(total, v));
        _ = data;
    }

    [Fact]
    public void SameSeed_SameResult_WhateverTheNumberOfThreads()
    {
        var scenarios = SimulationFixtures.Scenarios("DEU,FRA,POL,USA,GBR");
        var one = MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated, new SimulationOptions(3000, 42, Threads: 1));
        var two = MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated, new SimulationOptions(3000, 42, Threads: 2));
        var four = MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated, new SimulationOptions(3000, 42, Threads: 4));
        Assert.Equal(Flatten(one), Flatten(two));
        Assert.Equal(Flatten(one), Flatten(four));
        var other = MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated, new SimulationOptions(3000, 43, Threads: 2));
        Assert.NotEqual(Flatten(one), Flatten(other));
    }

    [Fact]
    public void SimulatedShocks_HaveTheCalibratedVarianceAndCorrelations()
    {
        var p = SimulationFixtures.Calibrated;
        var allies = AllyRegistry.Resolve("DEU,FRA,POL");
        const int n = 20_000;
        var d = MonteCarlo.SampleDeviations(p, allies, 2, n, 9);
        foreach (var id in new[] { "real-growth:DEU", "inflation:POL", "fx:EUR", "fx:PLN" })
        {
            var s = p.Series[p.IndexOf(id)];
            // Year 1: d = σx, variance σ²; year 2 for an AR(1): φσx₁ + σx₂, variance σ²(1 + φ²). Mean 0 (the baseline).
            var v1 = Variance(d[id][0]);
            var expected2 = s.Kind == ShockKind.ExchangeRate ? s.Volatility * s.Volatility : s.Volatility * s.Volatility * (1 + s.Persistence * s.Persistence);
            Assert.InRange(v1 / (s.Volatility * s.Volatility), 0.96, 1.04); // se of a variance ratio at n = 20,000: 0.01
            Assert.InRange(Variance(d[id][1]) / expected2, 0.96, 1.04);
            Assert.InRange(d[id][0].Average() / s.Volatility, -0.03, 0.03);
        }
        // Cross-series correlation of the shocks equals the factor model's ΛΛᵀ (se about (1 − ρ²)/√n ≤ 0.007).
        foreach (var (x, y) in new[] { ("real-growth:DEU", "real-growth:FRA"), ("real-growth:DEU", "fx:EUR"), ("inflation:POL", "fx:PLN") })
        {
            int i = p.IndexOf(x), j = p.IndexOf(y);
            var model = Enumerable.Range(0, p.Factors).Sum(f => p.Loading(i, f) * p.Loading(j, f));
            Assert.InRange(Correlation(d[x][0], d[y][0]), model - 0.03, model + 0.03);
        }
    }

    [Fact]
    public void FullMethod_SimulatedShocks_HaveTheFullMatrixCorrelations()
    {
        var p = SimulationFixtures.Calibrated.WithOverrides(new ParameterOverrides([], CorrelationMethod.Full, null, []));
        var d = MonteCarlo.SampleDeviations(p, AllyRegistry.Resolve("DEU,ITA"), 1, 20_000, 4);
        int i = p.IndexOf("real-growth:DEU"), j = p.IndexOf("real-growth:ITA");
        Assert.InRange(Correlation(d["real-growth:DEU"][0], d["real-growth:ITA"][0]), p.Correlation(i, j) - 0.03, p.Correlation(i, j) + 0.03);
    }

    [Fact]
    public void Probabilities_AreInUnitInterval_AndQuantilesOrdered()
    {
        var scenarios = SimulationFixtures.Scenarios("all", PathShape.MinStep, SpendingBasis.Real, "hague-draft-2032", 2032);
        var result = MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated, new SimulationOptions(2000, 1));
        Assert.Equal(31, result.Allies.Count);
        foreach (var a in result.Allies)
        {
            Assert.All(new[] { a.ReachesTarget, a.PassesEveryCheck, a.Credible }.Concat(a.CheckPasses.Values), p => Assert.InRange(p, 0.0, 1.0));
            Assert.True(a.PassesEveryCheck <= a.Credible && a.Credible <= a.ReachesTarget);
            foreach (var y in a.Years)
            {
                foreach (var q in new[] { y.Share, y.Spending, y.SpendingUsd })
                {
                    var v = q.Values;
                    for (var k = 1; k < v.Count; k++)
                    {
                        Assert.True(v[k - 1] <= v[k], $"{a.Ally.Code} {y.Year}: quantiles {string.Join(", ", v)} are not ordered.");
                    }
                }
            }
        }
        Assert.True(result.Alliance.TotalUsd.P5 < result.Alliance.TotalUsd.P95);
        Assert.InRange(result.Alliance.UsSharePct!.Value.P50, 30.0, 70.0);
    }

    [Fact]
    public void MoneyPathLandingOnTheTarget_HasAboutEvenOdds_ShareFixedPathIsCertain()
    {
        var money = MonteCarlo.Run(SimulationFixtures.Scenarios("DEU"), SimulationFixtures.Calibrated, new SimulationOptions(4000, 2));
        Assert.InRange(money.Allies[0].ReachesTarget, 0.4, 0.6);
        var share = MonteCarlo.Run(SimulationFixtures.Scenarios("DEU", basis: SpendingBasis.Share), SimulationFixtures.Calibrated, new SimulationOptions(1000, 2));
        Assert.Equal(1.0, share.Allies[0].ReachesTarget);
        Assert.Equal(share.Allies[0].Years[^1].Share.Baseline, share.Allies[0].Years[^1].Share.P5);
    }

    [Fact]
    public void ALiveToken_ChangesNothing_ACancelledOneStopsTheRun()
    {
        var scenarios = SimulationFixtures.Scenarios("DEU,FRA,POL,USA,GBR");
        using var live = new CancellationTokenSource();
        var without = MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated, new SimulationOptions(3000, 42, Threads: 2));
        var with = MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated, new SimulationOptions(3000, 42, Threads: 2, Cancellation: live.Token));
        Assert.Equal(Flatten(without), Flatten(with));

        var progress = new SimulationProgress();
        Assert.ThrowsAny<OperationCanceledException>(() => MonteCarlo.Run(scenarios, SimulationFixtures.Calibrated,
            new SimulationOptions(1_000_000, 42, Threads: 2, Progress: progress, Cancellation: new CancellationToken(canceled: true))));
        // Cancelled before the first block: no block of the million draws was run.
        Assert.Equal(0, progress.Done);
    }

    [Fact]
    public void Run_DrawsOutOfRange_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MonteCarlo.Run(SimulationFixtures.Scenarios("DEU"), SimulationFixtures.Calibrated, new SimulationOptions(0, 1)));
        Assert.StartsWith("The number of draws must be from 1 to 1000000000, but was 0; choose one such as 100000.", e.Message, StringComparison.Ordinal);
    }

    internal static double[] Flatten(SimulationResult r) =>
    [
        .. r.Allies.SelectMany(a => new[] { a.ReachesTarget, a.PassesEveryCheck, a.Credible }.Concat(a.Years.SelectMany(y => y.Share.Values.Concat(y.Spending.Values).Concat(y.SpendingUsd.Values)))),
        .. r.Alliance.TotalUsd.Values, .. r.Alliance.UsSharePct!.Value.Values,
    ];

    private static double Variance(double[] x)
    {
        var m = x.Average();
        return x.Sum(v => (v - m) * (v - m)) / (x.Length - 1);
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
