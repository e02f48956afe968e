using NatoSpend.Domain.Simulation;

namespace NatoSpend.Tests.Simulation;

public class NormalStreamTests
{
    private static readonly SimdWidth[] Widths = [SimdWidth.Bits128, SimdWidth.Bits256, SimdWidth.Bits512];

    [Fact]
    public void EveryWidth_GivesTheSameBits_AndRuns()
    {
        // A width the processor lacks still runs (in software); all three must agree bit for bit, split fills included.
        var reference = new float[10_007];
        NormalStream.Create(11, 5, SimdWidth.Bits128).Fill(reference);
        foreach (var width in Widths)
        {
            var stream = NormalStream.Create(11, 5, width);
            Assert.Equal(width, stream.Width);
            var z = new float[reference.Length];
            stream.Fill(z.AsSpan(0, 31));
            stream.Fill(z.AsSpan(31, 4_000));
            stream.Fill(z.AsSpan(4_031));
            Assert.Equal(reference, z);
        }
        Assert.Contains(NormalStream.BestWidth, Widths);
        Assert.Equal(NormalStream.BestWidth, NormalStream.Create(11, 5).Width);
    }

    [Fact]
    public void Simulation_EveryWidth_SameResult()
    {
        foreach (var method in new[] { CorrelationMethod.Factor, CorrelationMethod.Full })
        {
            var p = method == SimulationFixtures.Calibrated.Method
                ? SimulationFixtures.Calibrated
                : SimulationFixtures.Calibrated.WithOverrides(new ParameterOverrides([], method, null, []));
            var scenarios = SimulationFixtures.Scenarios("DEU,FRA,POL,USA,GBR,TUR");
            var results = Widths.Select(w => MonteCarloTests.Flatten(MonteCarlo.Run(scenarios, p, new SimulationOptions(1500, 5, Threads: 2, Width: w)))).ToArray();
            Assert.Equal(results[0], results[1]);
            Assert.Equal(results[0], results[2]);
        }
    }

    [Fact]
    public void Variates_AreFiniteAndBoundedByTheLargestRadius()
    {
        // u₁ ≥ 2⁻³⁰, so |z| ≤ √(60 ln 2) ≈ 6.45 (docs/simulation.md, "Normals").
        var z = new float[1 << 20];
        NormalStream.Create(3, 0).Fill(z);
        Assert.All(z, v => Assert.True(float.IsFinite(v) && Math.Abs(v) <= 6.4503f, $"{v}"));
    }

    /// <summary>
    /// Moments and tail counts of 4 × 10⁸ variates from 400 streams (the way a run seeds its blocks). The standard errors:
    /// mean 5.0 × 10⁻⁵, variance 7.1 × 10⁻⁵, skewness 1.2 × 10⁻⁴, excess kurtosis 2.4 × 10⁻⁴; each must be within 4 of them,
    /// so a bias of the mean above about 2 × 10⁻⁴ fails (1.5 × 10⁻⁴ at 3 standard errors). Beyond 3, 4 and 5 standard deviations
    /// (both tails) the counts must be within 4 Poisson standard errors of the normal's: expected 1,079,920 ± 1,039, 25,337 ± 159
    /// and 229 ± 15. Seeing the old generator's −1.1 × 10⁻⁵ would take about 10¹¹ variates, a job for the benchmark machine, not
    /// for a unit test.
    /// </summary>
    [Fact]
    [Trait("Category", "Statistical")]
    public void FourHundredMillionVariates_HaveTheNormalsMomentsAndTails()
    {
        const int streams = 400;
        const int perStream = 1_000_000;
        const double n = (double)streams * perStream;
        var parts = new (double S1, double S2, double S3, double S4, long T3, long T4, long T5)[streams];
        Parallel.For(0, streams, s =>
        {
            var stream = NormalStream.Create(2026, (ulong)s);
            var z = new float[8_000];
            double s1 = 0, s2 = 0, s3 = 0, s4 = 0;
            long t3 = 0, t4 = 0, t5 = 0;
            for (var done = 0; done < perStream; done += z.Length)
            {
                stream.Fill(z);
                foreach (var f in z)
                {
                    double v = f, v2 = v * v;
                    s1 += v;
                    s2 += v2;
                    s3 += v2 * v;
                    s4 += v2 * v2;
                    if (v2 > 9.0)
                    {
                        t3++;
                        t4 += v2 > 16.0 ? 1 : 0;
                        t5 += v2 > 25.0 ? 1 : 0;
                    }
                }
            }
            parts[s] = (s1, s2, s3, s4, t3, t4, t5);
        });
        var mean = parts.Sum(p => p.S1) / n;
        var m2 = parts.Sum(p => p.S2) / n;
        var variance = m2 - mean * mean;
        var skewness = parts.Sum(p => p.S3) / n / Math.Pow(variance, 1.5);
        var excess = parts.Sum(p => p.S4) / n / (variance * variance) - 3.0;
        Assert.InRange(mean / Math.Sqrt(1 / n), -4, 4);
        Assert.InRange((variance - 1) / Math.Sqrt(2 / n), -4, 4);
        Assert.InRange(skewness / Math.Sqrt(6 / n), -4, 4);
        Assert.InRange(excess / Math.Sqrt(24 / n), -4, 4);
        // Two-sided normal tail probabilities 2(1 − Φ(k)).
        foreach (var (count, tail) in new[] { (parts.Sum(p => p.T3), 2.699796063e-3), (parts.Sum(p => p.T4), 6.334248367e-5), (parts.Sum(p => p.T5), 5.733031438e-7) })
        {
            var expected = tail * n;
            Assert.InRange((count - expected) / Math.Sqrt(expected), -4, 4);
        }
    }
}
