using MathNet.Numerics.Distributions;
using NatoSpend.Domain.Simulation;

namespace NatoSpend.Tests.Simulation;

/// <summary>The simulated quantiles against the log-normal answers the model gives in closed form.</summary>
public class AnalyticQuantileTests
{
    /// <summary>
    /// In a year held fixed in money, the share's log factor is −(L_R + L_P), the two AR(1) levels' sum, and the USD figure's is
    /// −L_X, the exchange rate's random walk: both normal. After T years an AR(1) level is Σₛ σ·xₛ·(1 − φ^(T−s+1))/(1 − φ),
    /// so its variance and the growth–inflation covariance (through the full matrix's correlation ρ) are sums over s. Each
    /// simulated quantile must be within 3 standard errors of the sample quantile, σ_T·√(p(1−p)/n)/φ(z_p), plus a tenth of a
    /// histogram bin (16σ/2048).
    /// </summary>
    [Theory]
    [InlineData(CorrelationMethod.Full)]
    [InlineData(CorrelationMethod.Factor)]
    public void DeadlineShareAndUsdQuantiles_MatchTheLogNormal(CorrelationMethod method)
    {
        var p = method == SimulationFixtures.Calibrated.Method
            ? SimulationFixtures.Calibrated
            : SimulationFixtures.Calibrated.WithOverrides(new ParameterOverrides([], method, null, []));
        const int draws = 200_000;
        var scenarios = SimulationFixtures.Scenarios("DEU,POL");
        var result = MonteCarlo.Run(scenarios, p, new SimulationOptions(draws, 17));
        foreach (var (outcome, code, currency) in new[] { (result.Allies[0], "DEU", "EUR"), (result.Allies[1], "POL", "PLN") })
        {
            int r = p.IndexOf("real-growth:" + code), i = p.IndexOf("inflation:" + code), x = p.IndexOf("fx:" + currency);
            var (growth, inflation, fx) = (p.Series[r], p.Series[i], p.Series[x]);
            var correlation = method == CorrelationMethod.Full
                ? p.Correlation(r, i)
                : Enumerable.Range(0, p.Factors).Sum(f => p.Loading(r, f) * p.Loading(i, f));
            for (var t = 0; t < outcome.Years.Count; t++)
            {
                var years = t + 1;
                double vr = 0, vp = 0, cov = 0;
                for (var s = 1; s <= years; s++)
                {
                    var a = growth.Volatility * Weight(growth.Persistence, years - s + 1);
                    var b = inflation.Volatility * Weight(inflation.Persistence, years - s + 1);
                    vr += a * a;
                    vp += b * b;
                    cov += correlation * a * b;
                }
                var year = outcome.Years[t];
                Check(year.Share, 0.0, Math.Sqrt(vr + vp + 2 * cov), $"{code} share {year.Year}");
                Check(year.SpendingUsd, -years * fx.Drift, fx.Volatility * Math.Sqrt(years), $"{code} USD {year.Year}");
            }
        }

        static void Check(Quantiles q, double mean, double sd, string what)
        {
            foreach (var (level, value) in Quantiles.Levels.Zip(q.Values))
            {
                var z = Normal.InvCDF(0, 1, level);
                var expected = mean + sd * z;
                var se = sd * Math.Sqrt(level * (1 - level) / draws) / Normal.PDF(0, 1, z);
                var simulated = Math.Log(value / q.Baseline);
                Assert.True(Math.Abs(simulated - expected) <= 3 * se + 0.1 * 16 * sd / 2048,
                    $"{what} at {level}: log factor {simulated:0.######}, expected {expected:0.######} ± {se:0.######} ({(simulated - expected) / se:0.##} standard errors)");
            }
        }
    }

    // Σ_{k<n} φ^k: how much one year's shock still adds to the level n − 1 years later.
    private static double Weight(double phi, int n) => Enumerable.Range(0, n).Sum(k => Math.Pow(phi, k));
}
