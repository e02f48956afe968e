using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NatoSpend.Domain.Rules;

namespace NatoSpend.Domain.Simulation;

public static partial class MonteCarlo
{
    private static void RunBlock(Model m, Workspace w, NormalStream stream, int count, Moments? moments, Accumulator? acc)
    {
        w.Reset(m);
        var n = m.Years;
        for (var t = 0; t < n; t++)
        {
            Correlate(m, w, stream);
            for (var j = 0; j < m.P; j++)
            {
                Shock(m, w, j);
            }
            var last = t == n - 1;
            if (last)
            {
                Array.Clear(w.Total);
                Array.Clear(w.Us);
            }
            for (var a = 0; a < m.A; a++)
            {
                AllyYear(m, w, a, t, count, moments, acc);
            }
            if (last)
            {
                Alliance(m, w, count, moments, acc);
            }
        }
        acc?.Count(m, w, count);
    }

    // One year's normals for the block, then its correlated shocks x (series × draws) in single precision.
    private static void Correlate(Model m, Workspace w, NormalStream stream)
    {
        stream.Fill(w.Z.AsSpan(0, m.Normals * BlockSize));
        switch (stream.Width)
        {
            case SimdWidth.Bits512:
                Correlate512(m, w);
                break;
            case SimdWidth.Bits256:
                Correlate256(m, w);
                break;
            default:
                Correlate128(m, w);
                break;
        }
    }

    // Growth and inflation: dev = φ·dev + σ·x, level += dev; exchange rate: level += drift + σ·x (x widened to double).
    private static void Shock(Model m, Workspace w, int j)
    {
        const int B = BlockSize;
        var phi = Vector256.Create(m.Phi[j]);
        var sigma = Vector256.Create(m.Sigma[j]);
        var drift = Vector256.Create(m.Drift[j]);
        var level = m.Kind[j] switch
        {
            ShockKind.RealGrowth => w.LnR,
            ShockKind.Inflation => w.LnP,
            _ => w.LnX,
        };
        var exchange = m.Kind[j] == ShockKind.ExchangeRate;
        var devOffset = j * B;
        var levelOffset = m.Target[j] * B;
        ref var xs = ref MemoryMarshal.GetArrayDataReference(w.X);
        for (var i = 0; i < B; i += 8)
        {
            var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref xs, (nuint)(devOffset + i)));
            Advance(w, level, exchange, phi, sigma, drift, lower, devOffset + i, levelOffset + i);
            Advance(w, level, exchange, phi, sigma, drift, upper, devOffset + i + 4, levelOffset + i + 4);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Advance(Workspace w, double[] level, bool exchange, Vector256<double> phi, Vector256<double> sigma, Vector256<double> drift,
        Vector256<double> x, int dev, int at)
    {
        if (exchange)
        {
            S(L(level, at) + drift + sigma * x, level, at);
        }
        else
        {
            var d = phi * L(w.Dev, dev) + sigma * x;
            S(d, w.Dev, dev);
            S(L(level, at) + d, level, at);
        }
    }

    private static void AllyYear(Model m, Workspace w, int a, int t, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var y = m.Scenarios[a].Years[t];
        var o = a * B;
        var c = m.Currency[a];
        for (var i = 0; i < B; i += 4)
        {
            var lnR = L(w.LnR, o + i);
            var lnP = L(w.LnP, o + i);
            var (share, spend) = y.Basis switch
            {
                SpendingBasis.Share => (Vector256<double>.Zero, lnR + lnP),
                SpendingBasis.Money => (-(lnR + lnP), Vector256<double>.Zero),
                _ => (-lnR, lnP),
            };
            var usd = c >= 0 ? spend - L(w.LnX, c * B + i) : spend;
            S(share, w.Share, i);
            S(spend, w.Spend, i);
            S(usd, w.Usd, i);
        }
        var series = m.Series(a, t, 0);
        var constant = m.Constant[a][t];
        for (var k = 0; k < 3; k++)
        {
            if (constant[k])
            {
                continue;
            }
            if (k == 2 && m.UsdSource[a][t] != a)
            {
                continue; // the same log factor as an earlier ally's (same currency, money fixed): its histogram serves both
            }
            var values = (k switch { 0 => w.Share, 1 => w.Spend, _ => w.Usd }).AsSpan(0, count);
            moments?.Add(series + k, values);
            acc?.Histogram.Add(series + k, values);
        }
        if (acc is not null)
        {
            Checks(m, w, a, t);
        }
        if (t == m.Years - 1)
        {
            var baseline = Vector256.Create(y.SpendingUsd);
            var us = m.IsUs[a];
            for (var i = 0; i < B; i += 4)
            {
                var v = baseline * VectorMath.Exp(L(w.Usd, i));
                S(L(w.Total, i) + v, w.Total, i);
                if (us)
                {
                    S(L(w.Us, i) + v, w.Us, i);
                }
            }
        }
    }

    // The plan checker's per-year rules on the rounded simulated share, in hundredths of a percent (integers held exactly in doubles).
    private static void Checks(Model m, Workspace w, int a, int t)
    {
        const int B = BlockSize;
        var scenario = m.Scenarios[a];
        var ch = scenario.Checks;
        var y = scenario.Years[t];
        var o = a * B;
        var s = Vector256.Create(y.Share * 100.0 * (1.0 + 1e-13));
        var half = Vector256.Create(0.5);
        var target = Vector256.Create(ch.TargetHundredths);
        var step = Vector256.Create(ch.MinStepHundredths ?? 0.0);
        var review = Vector256.Create(ch.ReviewThresholdHundredths);
        var limit = Vector256.Create(m.PlausibleThreshold[a][t]);
        var one = Vector256<double>.One;
        var runYears = Vector256.Create((double)ch.RunYears);
        var floorYear = ch.FloorFromIndex is { } fi && t + 1 >= fi;
        var deadline = t == m.Years - 1;
        var reviewYear = ch.ReviewIndex == t + 1;
        var shareFixed = m.Constant[a][t][0];
        var fixedH = Vector256.Floor(s + half);
        var judgeSteps = t >= ch.StepsJudgedFrom;
        for (var i = 0; i < B; i += 4)
        {
            // Rounding as NATO prints (2 decimals, half away from zero); the tiny relative nudge keeps a decimal tie such as 2.675 a tie.
            var h = shareFixed ? fixedH : Vector256.Floor(s * VectorMath.Exp(L(w.Share, i)) + half);
            var prev = L(w.PrevH, o + i);
            var below = Vector256.LessThan(prev, target);
            var down = Vector256.LessThan(h, prev);
            if (judgeSteps && ch.Decline == DeclineRule.Always)
            {
                Or(w.FailDecline, o + i, down);
            }
            else if (judgeSteps && ch.Decline == DeclineRule.WhileBelowTarget)
            {
                Or(w.FailDecline, o + i, below & down);
            }
            if (judgeSteps && ch.MinStepHundredths is not null)
            {
                Or(w.FailStep, o + i, below & Vector256.LessThan(h, Vector256.Min(prev + step, target)));
            }
            if (floorYear || deadline)
            {
                Or(w.FailReach, o + i, Vector256.LessThan(h, target));
            }
            if (reviewYear)
            {
                Or(w.FailBack, o + i, Vector256.LessThan(h, review));
            }
            var real = L(w.Spend, i) - L(w.LnP, o + i);
            var over = judgeSteps ? Vector256.GreaterThan(real - L(w.PrevReal, o + i), limit) : Vector256<double>.Zero;
            var run = Vector256.ConditionalSelect(over, L(w.Run, o + i) + one, Vector256<double>.Zero);
            Or(w.FailPlausible, o + i, Vector256.GreaterThanOrEqual(run, runYears));
            S(run, w.Run, o + i);
            S(real, w.PrevReal, o + i);
            S(h, w.PrevH, o + i);
        }
    }

    private static void Alliance(Model m, Workspace w, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var totalBase = Vector256.Create(m.TotalUsdBase);
        var usBase = Vector256.Create(m.UsShareBase);
        for (var i = 0; i < B; i += 4)
        {
            var total = L(w.Total, i);
            S(VectorMath.Log(total / totalBase), w.Share, i);
            S(VectorMath.Log(L(w.Us, i) / total / usBase), w.Spend, i);
        }
        var series = m.SeriesCount - 2;
        moments?.Add(series, w.Share.AsSpan(0, count));
        acc?.Histogram.Add(series, w.Share.AsSpan(0, count));
        if (m.UsShareBase > 0)
        {
            moments?.Add(series + 1, w.Spend.AsSpan(0, count));
            acc?.Histogram.Add(series + 1, w.Spend.AsSpan(0, count));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> L(double[] a, int i) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void S(Vector256<double> v, double[] a, int i) => v.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Or(double[] a, int i, Vector256<double> mask) => S(L(a, i) | mask, a, i);
}
