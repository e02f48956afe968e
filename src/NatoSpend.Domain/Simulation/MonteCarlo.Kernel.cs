using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
            ShockCurrencies(m, w);
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

    // Each currency's log rate: level += drift + σ·x (x widened to double).
    private static void ShockCurrencies(Model m, Workspace w)
    {
        const int B = BlockSize;
        for (var j = 2 * m.A; j < m.P; j++)
        {
            var sigma = Vector512.Create(m.Sigma[j]);
            var drift = Vector512.Create(m.Drift[j]);
            var x = j * B;
            var at = m.Target[j] * B;
            for (var i = 0; i < B; i += 8)
            {
                S(L(w.LnX, at + i) + drift + sigma * Widen(w.X, x + i), w.LnX, at + i);
            }
        }
    }

    // Ally a's growth and inflation for the block (for SampleDeviations; AllyYear does the same inline).
    private static void ShockAlly(Model m, Workspace w, int a)
    {
        const int B = BlockSize;
        int g = 2 * a, p = g + 1, o = a * B;
        for (var i = 0; i < B; i += 8)
        {
            Advance(w.Dev, w.X, w.LnR, m.Phi[g], m.Sigma[g], g * B + i, o + i);
            Advance(w.Dev, w.X, w.LnP, m.Phi[p], m.Sigma[p], p * B + i, o + i);
        }
    }

    // Growth or inflation: dev = φ·dev + σ·x, level += dev; returns the new level. The model puts ally a's growth at series 2a and
    // its inflation at 2a + 1, so series j's deviation and shocks are at j·B.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Advance(double[] dev, float[] x, double[] level, double phi, double sigma, int j, int at)
    {
        var d = Vector512.Create(phi) * L(dev, j) + Vector512.Create(sigma) * Widen(x, j);
        S(d, dev, j);
        var next = L(level, at) + d;
        S(next, level, at);
        return next;
    }

    // Fail bits: the checks of one ally are at Fails[(a·FailKinds + kind)·Words + i/64].
    private const int Words = BlockSize / 64;
    private const int FailKinds = 5;
    private const int FailReach = 0;
    private const int FailDecline = 1;
    private const int FailStep = 2;
    private const int FailBack = 3;
    private const int FailPlausible = 4;

    // One ally's year, fused so that its levels stay in registers: the growth and inflation shocks, the log factors of share,
    // spending and USD spending (histograms), the plan checker's rules, and at the last year the alliance's totals.
    private static void AllyYear(Model m, Workspace w, int a, int t, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var scenario = m.Scenarios[a];
        var y = scenario.Years[t];
        var ch = scenario.Checks;
        int o = a * B, gr = 2 * a * B, inf = gr + B;
        var currency = m.Currency[a] * B;
        double phiR = m.Phi[2 * a], sigmaR = m.Sigma[2 * a], phiP = m.Phi[2 * a + 1], sigmaP = m.Sigma[2 * a + 1];
        var basis = y.Basis;
        var checks = acc is not null;
        var last = t == m.Years - 1;
        var baseline = Vector512.Create(y.SpendingUsd);
        var us = m.IsUs[a];

        // The plan checker's per-year rules on the rounded simulated share, in hundredths of a percent (integers held exactly in doubles).
        var s = Vector512.Create(y.Share * 100.0 * (1.0 + 1e-13));
        var half = Vector512.Create(0.5);
        var target = Vector512.Create(ch.TargetHundredths);
        var step = Vector512.Create(ch.MinStepHundredths ?? 0.0);
        var review = Vector512.Create(ch.ReviewThresholdHundredths);
        var limit = Vector512.Create(m.PlausibleThreshold[a][t]);
        var runYears = Vector512.Create((double)ch.RunYears);
        var judgeSteps = t >= ch.StepsJudgedFrom;
        var judgeDecline = judgeSteps && ch.Decline != DeclineRule.Off;
        var declineAlways = ch.Decline == DeclineRule.Always;
        var judgeStep = judgeSteps && ch.MinStepHundredths is not null;
        var judgeReach = (ch.FloorFromIndex is { } fi && t + 1 >= fi) || last;
        var judgeBack = ch.ReviewIndex == t + 1;
        var shareFixed = m.Constant[a][t][0];
        var fixedH = Vector512.Floor(s + half);
        ref var fails = ref MemoryMarshal.GetArrayDataReference(w.Fails);
        double[] dev = w.Dev, lnRs = w.LnR, lnPs = w.LnP, lnX = w.LnX, shares = w.Share, spends = w.Spend, usds = w.Usd;
        double[] totals = w.Total, usTotals = w.Us, prevH = w.PrevH, prevReal = w.PrevReal, runs = w.Run;
        var x = w.X;
        var failsAt = a * FailKinds * Words;

        // Indices stay within the workspace, so their arithmetic needs no overflow checks.
        unchecked
        {
            for (var word = 0; word < Words; word++)
            {
                ulong reach = 0, decline = 0, minStep = 0, back = 0, plausible = 0;
                for (var bit = 0; bit < 64; bit += 8)
                {
                    var i = word * 64 + bit;
                    var lnR = Advance(dev, x, lnRs, phiR, sigmaR, gr + i, o + i);
                    var lnP = Advance(dev, x, lnPs, phiP, sigmaP, inf + i, o + i);
                    var (share, spend) = basis switch
                    {
                        SpendingBasis.Share => (Vector512<double>.Zero, lnR + lnP),
                        SpendingBasis.Money => (-(lnR + lnP), Vector512<double>.Zero),
                        _ => (-lnR, lnP),
                    };
                    var usd = currency >= 0 ? spend - L(lnX, currency + i) : spend;
                    S(share, shares, i);
                    S(spend, spends, i);
                    S(usd, usds, i);
                    if (last)
                    {
                        var v = baseline * VectorMath.Exp(usd);
                        S(L(totals, i) + v, totals, i);
                        if (us)
                        {
                            S(L(usTotals, i) + v, usTotals, i);
                        }
                    }
                    if (!checks)
                    {
                        continue;
                    }
                    // Rounding as NATO prints (2 decimals, half away from zero); the tiny relative nudge keeps a decimal tie such as 2.675 a tie.
                    var h = shareFixed ? fixedH : Vector512.Floor(s * VectorMath.Exp(share) + half);
                    var prev = L(prevH, o + i);
                    var below = Vector512.LessThan(prev, target);
                    var down = Vector512.LessThan(h, prev);
                    if (judgeDecline)
                    {
                        decline |= Bits(declineAlways ? down : below & down, bit);
                    }
                    if (judgeStep)
                    {
                        minStep |= Bits(below & Vector512.LessThan(h, Vector512.Min(prev + step, target)), bit);
                    }
                    if (judgeReach)
                    {
                        reach |= Bits(Vector512.LessThan(h, target), bit);
                    }
                    if (judgeBack)
                    {
                        back |= Bits(Vector512.LessThan(h, review), bit);
                    }
                    var real = spend - lnP;
                    var over = judgeSteps ? Vector512.GreaterThan(real - L(prevReal, o + i), limit) : Vector512<double>.Zero;
                    var run = Vector512.ConditionalSelect(over, L(runs, o + i) + Vector512<double>.One, Vector512<double>.Zero);
                    plausible |= Bits(Vector512.GreaterThanOrEqual(run, runYears), bit);
                    S(run, runs, o + i);
                    S(real, prevReal, o + i);
                    S(h, prevH, o + i);
                }
                if (checks)
                {
                    Unsafe.Add(ref fails, failsAt + FailReach * Words + word) |= reach;
                    Unsafe.Add(ref fails, failsAt + FailDecline * Words + word) |= decline;
                    Unsafe.Add(ref fails, failsAt + FailStep * Words + word) |= minStep;
                    Unsafe.Add(ref fails, failsAt + FailBack * Words + word) |= back;
                    Unsafe.Add(ref fails, failsAt + FailPlausible * Words + word) |= plausible;
                }
            }
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
    }

    // A comparison's lanes as bits at the given position of a draw word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector512<double> mask, int bit) => (ulong)mask.ExtractMostSignificantBits() << bit;

    private static void Alliance(Model m, Workspace w, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var totalBase = Vector512.Create(m.TotalUsdBase);
        var usBase = Vector512.Create(m.UsShareBase);
        for (var i = 0; i < B; i += 8)
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
    private static Vector512<double> L(double[] a, int i) => Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), unchecked((nuint)i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void S(Vector512<double> v, double[] a, int i) => v.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(a), unchecked((nuint)i));

    // Eight single-precision shocks widened to double (exactly).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Widen(float[] x, int i)
    {
        var v = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(x), unchecked((nuint)i));
        return Avx512F.IsSupported ? Avx512F.ConvertToVector512Double(v) : Vector512.Create(Vector256.WidenLower(v), Vector256.WidenUpper(v));
    }
}
