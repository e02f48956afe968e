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

    // Each currency's log rate: level += drift + σ·x.
    private static void ShockCurrencies(Model m, Workspace w)
    {
        const int B = BlockSize;
        for (var j = 2 * m.A; j < m.P; j++)
        {
            var sigma = Vector512.Create((float)m.Sigma[j]);
            var drift = Vector512.Create((float)m.Drift[j]);
            var x = j * B;
            var at = m.Target[j] * B;
            for (var i = 0; i < B; i += Lanes)
            {
                S(L(w.LnX, at + i) + drift + sigma * L(w.X, x + i), w.LnX, at + i);
            }
        }
    }

    // Ally a's growth and inflation for the block (for SampleDeviations; AllyYear does the same inline).
    private static void ShockAlly(Model m, Workspace w, int a)
    {
        const int B = BlockSize;
        int g = 2 * a, p = g + 1, o = a * B;
        for (var i = 0; i < B; i += Lanes)
        {
            Advance(w.Dev, w.X, w.LnR, (float)m.Phi[g], (float)m.Sigma[g], g * B + i, o + i);
            Advance(w.Dev, w.X, w.LnP, (float)m.Phi[p], (float)m.Sigma[p], p * B + i, o + i);
        }
    }

    // Growth or inflation: dev = φ·dev + σ·x, level += dev; returns the new level. The model puts ally a's growth at series 2a and
    // its inflation at 2a + 1, so series j's deviation and shocks are at j·B.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Advance(float[] dev, float[] x, float[] level, float phi, float sigma, int j, int at)
    {
        var d = Vector512.Create(phi) * L(dev, j) + Vector512.Create(sigma) * L(x, j);
        S(d, dev, j);
        var next = L(level, at) + d;
        S(next, level, at);
        return next;
    }

    // The checks a draw can fail, one bit each in Workspace.Fails.
    private const int FailReach = 1;
    private const int FailDecline = 2;
    private const int FailStep = 4;
    private const int FailBack = 8;
    private const int FailPlausible = 16;

    // One ally's year, fused so that its levels stay in registers: the growth and inflation shocks, the log factors of share,
    // spending and USD spending (histograms), the plan checker's rules, and at the last year the alliance's totals. Single
    // precision, sixteen draws a vector (docs/simulation.md, "The error single precision adds").
    private static void AllyYear(Model m, Workspace w, int a, int t, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var scenario = m.Scenarios[a];
        var y = scenario.Years[t];
        var ch = scenario.Checks;
        int o = a * B, gr = 2 * a * B, inf = gr + B;
        // The dollar's row of log rates is the workspace's last, which stays zero.
        var currency = (m.Currency[a] >= 0 ? m.Currency[a] : m.C) * B;
        float phiR = (float)m.Phi[2 * a], sigmaR = (float)m.Sigma[2 * a], phiP = (float)m.Phi[2 * a + 1], sigmaP = (float)m.Sigma[2 * a + 1];
        // The basis as coefficients of ±1 or 0, so that share = cR·lnR + cP·lnP and spend = dR·lnR + dP·lnP are exact sums.
        var (cR, cP, dR, dP) = y.Basis switch
        {
            SpendingBasis.Share => (Vector512<float>.Zero, Vector512<float>.Zero, Vector512<float>.One, Vector512<float>.One),
            SpendingBasis.Money => (-Vector512<float>.One, -Vector512<float>.One, Vector512<float>.Zero, Vector512<float>.Zero),
            _ => (-Vector512<float>.One, Vector512<float>.Zero, Vector512<float>.Zero, Vector512<float>.One),
        };
        var checks = acc is not null;
        var last = t == m.Years - 1;
        var baseline = Vector512.Create((float)y.SpendingUsd);
        var us = m.IsUs[a];

        // The plan checker's per-year rules on the rounded simulated share, in hundredths of a percent (integers, exact in
        // floats). A rule not judged this year compares with an infinity, so that it never fails.
        var never = float.NegativeInfinity;
        var judgeSteps = t >= ch.StepsJudgedFrom;
        var target = (float)ch.TargetHundredths;
        var s = Vector512.Create((float)(y.Share * 100.0));
        var half = Vector512.Create(0.5f);
        var vTarget = Vector512.Create(target);
        var step = Vector512.Create((float)(ch.MinStepHundredths ?? 0.0));
        var reachBelow = Vector512.Create((ch.FloorFromIndex is { } fi && t + 1 >= fi) || last ? target : never);
        var backBelow = Vector512.Create(ch.ReviewIndex == t + 1 ? (float)ch.ReviewThresholdHundredths : never);
        var stepWhileBelow = Vector512.Create(judgeSteps && ch.MinStepHundredths is not null ? target : never);
        var declineWhileBelow = Vector512.Create(!judgeSteps || ch.Decline == DeclineRule.Off ? never
            : ch.Decline == DeclineRule.Always ? float.PositiveInfinity : target);
        var limit = Vector512.Create(judgeSteps ? (float)m.PlausibleThreshold[a][t] : float.PositiveInfinity);
        var runYears = Vector512.Create((float)ch.RunYears);
        var shareFixed = m.Constant[a][t][0];
        // Rounding as NATO prints (2 decimals, half away from zero); a share held fixed is rounded in double precision, with a
        // tiny relative nudge that keeps a decimal tie such as 2.675 a tie, exactly as the plan checker rounds it.
        var fixedH = Vector512.Create((float)Math.Floor(y.Share * 100.0 * (1.0 + 1e-13) + 0.5));
        var (bitReach, bitDecline, bitStep, bitBack, bitPlausible) = (Vector512.Create(FailReach), Vector512.Create(FailDecline),
            Vector512.Create(FailStep), Vector512.Create(FailBack), Vector512.Create(FailPlausible));
        float[] dev = w.Dev, lnRs = w.LnR, lnPs = w.LnP, lnX = w.LnX, shares = w.Share, spends = w.Spend, usds = w.Usd;
        float[] totals = w.Total, usTotals = w.Us, prevH = w.PrevH, prevReal = w.PrevReal, runs = w.Run;
        var fails = w.Fails;
        var x = w.X;

        // Indices stay within the workspace, so their arithmetic needs no overflow checks.
        unchecked
        {
            for (var i = 0; i < B; i += Lanes)
            {
                var lnR = Advance(dev, x, lnRs, phiR, sigmaR, gr + i, o + i);
                var lnP = Advance(dev, x, lnPs, phiP, sigmaP, inf + i, o + i);
                var share = Vector512.FusedMultiplyAdd(cR, lnR, cP * lnP);
                var spend = Vector512.FusedMultiplyAdd(dR, lnR, dP * lnP);
                var usd = spend - L(lnX, currency + i);
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
                var h = shareFixed ? fixedH : Vector512.Floor(s * VectorMath.Exp(share) + half);
                var prev = L(prevH, o + i);
                var failed = (Vector512.LessThan(h, reachBelow).AsInt32() & bitReach)
                    | ((Vector512.LessThan(h, prev) & Vector512.LessThan(prev, declineWhileBelow)).AsInt32() & bitDecline)
                    | ((Vector512.LessThan(h, Vector512.Min(prev + step, vTarget)) & Vector512.LessThan(prev, stepWhileBelow)).AsInt32() & bitStep)
                    | (Vector512.LessThan(h, backBelow).AsInt32() & bitBack);
                var real = spend - lnP;
                var over = Vector512.GreaterThan(real - L(prevReal, o + i), limit);
                var run = Vector512.ConditionalSelect(over, L(runs, o + i) + Vector512<float>.One, Vector512<float>.Zero);
                failed |= Vector512.GreaterThanOrEqual(run, runYears).AsInt32() & bitPlausible;
                S(L(fails, o + i) | failed, fails, o + i);
                S(run, runs, o + i);
                S(real, prevReal, o + i);
                S(h, prevH, o + i);
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

    private static void Alliance(Model m, Workspace w, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var totalBase = Vector512.Create((float)m.TotalUsdBase);
        var usBase = Vector512.Create((float)m.UsShareBase);
        for (var i = 0; i < B; i += Lanes)
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

    // Single-precision lanes in a 512-bit vector.
    private const int Lanes = 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> L<T>(T[] a, int i) => Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), unchecked((nuint)i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void S<T>(Vector512<T> v, T[] a, int i) => v.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(a), unchecked((nuint)i));
}
