using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Rules;
using NatoSpend.Reporting.Simulation;

namespace NatoSpend.Benchmarks;

/// <summary>
/// The same model written the straightforward way: one thread, System.Random with MathNet's <c>Normal.Sample</c> per variate,
/// scalar loops, every value kept and sorted for its quantiles. It exists only to measure the fast engine against.
/// </summary>
public static class ScalarBaseline
{
    public static double Run(SimulationSetup setup, int draws, int seed)
    {
        var p = setup.Parameters;
        var scenarios = setup.Scenarios;
        var allies = scenarios.Length;
        var years = setup.Years;
        var ids = new List<string>();
        foreach (var s in scenarios)
        {
            ids.Add("real-growth:" + s.Ally.Code.Value);
            ids.Add("inflation:" + s.Ally.Code.Value);
        }
        var currencies = scenarios.Select(s => s.Ally.Currency.Code).Where(c => c != "USD").Distinct().ToList();
        ids.AddRange(currencies.Select(c => "fx:" + c));
        var index = ids.Select(p.IndexOf).ToArray();
        var n = ids.Count;
        var series = index.Select(i => p.Series[i]).ToArray();
        var factors = p.Method == CorrelationMethod.Factor ? p.Factors : 0;
        double[,]? chol = null;
        if (p.Method == CorrelationMethod.Full)
        {
            var l = Matrix<double>.Build.Dense(n, n, (i, j) => p.Correlation(index[i], index[j])).Cholesky().Factor;
            chol = l.ToArray();
        }
        var rng = new Random(seed);
        var values = new List<double>[allies * years * 3 + 2];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new List<double>(draws);
        }
        var reach = new long[allies];
        var every = new long[allies];
        var z = new double[n];
        var x = new double[n];
        var dev = new double[n];
        var lnR = new double[allies];
        var lnP = new double[allies];
        var lnX = new double[currencies.Count];
        var prev = new double[allies];
        var prevReal = new double[allies];
        var run = new int[allies];
        var fail = new bool[allies];
        var failPlausible = new bool[allies];
        var u = new double[Math.Max(factors, 1)];
        for (var d = 0; d < draws; d++)
        {
            Array.Clear(dev);
            Array.Clear(lnR);
            Array.Clear(lnP);
            Array.Clear(lnX);
            Array.Clear(prevReal);
            Array.Clear(run);
            Array.Clear(fail);
            Array.Clear(failPlausible);
            for (var a = 0; a < allies; a++)
            {
                prev[a] = scenarios[a].Checks.BaseHundredths;
            }
            for (var t = 0; t < years; t++)
            {
                for (var f = 0; f < factors; f++)
                {
                    u[f] = Normal.Sample(rng, 0.0, 1.0);
                }
                for (var j = 0; j < n; j++)
                {
                    z[j] = Normal.Sample(rng, 0.0, 1.0);
                }
                for (var j = 0; j < n; j++)
                {
                    double shock;
                    if (chol is not null)
                    {
                        shock = 0;
                        for (var k = 0; k <= j; k++)
                        {
                            shock += chol[j, k] * z[k];
                        }
                    }
                    else if (factors > 0)
                    {
                        shock = Math.Sqrt(p.Uniqueness(index[j])) * z[j];
                        for (var f = 0; f < factors; f++)
                        {
                            shock += p.Loading(index[j], f) * u[f];
                        }
                    }
                    else
                    {
                        shock = z[j];
                    }
                    x[j] = shock;
                }
                for (var j = 0; j < n; j++)
                {
                    var s = series[j];
                    if (j < 2 * allies)
                    {
                        dev[j] = s.Persistence * dev[j] + s.Volatility * x[j];
                        if (j % 2 == 0)
                        {
                            lnR[j / 2] += dev[j];
                        }
                        else
                        {
                            lnP[j / 2] += dev[j];
                        }
                    }
                    else
                    {
                        lnX[j - 2 * allies] += s.Drift + s.Volatility * x[j];
                    }
                }
                double total = 0, us = 0;
                for (var a = 0; a < allies; a++)
                {
                    var scenario = scenarios[a];
                    var y = scenario.Years[t];
                    var c = currencies.IndexOf(scenario.Ally.Currency.Code);
                    var lnShare = -(lnR[a] + lnP[a]);
                    var lnSpend = 0.0;
                    var lnUsd = c >= 0 ? -lnX[c] : 0.0;
                    var k = (a * years + t) * 3;
                    values[k].Add(lnShare);
                    values[k + 2].Add(lnUsd);
                    var ch = scenario.Checks;
                    var h = Math.Floor(y.Share * Math.Exp(lnShare) * 100.0 * (1.0 + 1e-13) + 0.5);
                    if (h < prev[a] || (ch.MinStepHundredths is { } step && prev[a] < ch.TargetHundredths && h < Math.Min(prev[a] + step, ch.TargetHundredths))
                        || (t == years - 1 && h < ch.TargetHundredths) || (ch.ReviewIndex == t + 1 && h < ch.ReviewThresholdHundredths))
                    {
                        fail[a] = true;
                    }
                    var real = lnSpend - lnP[a];
                    run[a] = real - prevReal[a] > ch.MaxRealGrowthLog - Math.Log(1.0 + y.RealGrowthPct / 100.0) ? run[a] + 1 : 0;
                    failPlausible[a] |= run[a] >= ch.RunYears;
                    prevReal[a] = real;
                    prev[a] = h;
                    if (t == years - 1)
                    {
                        var v = y.SpendingUsd * Math.Exp(lnUsd);
                        total += v;
                        if (scenario.Ally.Code.Value == "USA")
                        {
                            us += v;
                        }
                        reach[a] += h >= ch.TargetHundredths ? 1 : 0;
                        every[a] += !fail[a] && !failPlausible[a] ? 1 : 0;
                    }
                    _ = ch.Decline == DeclineRule.Always;
                }
                if (t == years - 1)
                {
                    values[^2].Add(total);
                    values[^1].Add(us / total);
                }
            }
        }
        double check = 0;
        foreach (var v in values.Where(v => v.Count > 0))
        {
            v.Sort();
            foreach (var q in Quantiles.Levels)
            {
                check += v[(int)(q * (v.Count - 1))];
            }
        }
        return check + reach.Sum() + every.Sum();
    }
}
