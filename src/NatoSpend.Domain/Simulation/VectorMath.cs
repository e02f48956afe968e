using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

/// <summary>Exp and log on <see cref="Vector512{T}"/> of doubles and floats, accurate to a few ulp.</summary>
/// <remarks>
/// Measured here, the built-in exp and log are several times slower than these; the simulation calls them about a billion times a run. Each is exact where the
/// simulation needs exactness: <c>Exp(0) = 1</c> and <c>Log(1) = 0</c>, so that zero volatility reproduces the baseline bit for bit.
/// </remarks>
internal static class VectorMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Log2E = 1.4426950408889634;
    private const double Shifter = 6755399441055744.0; // 1.5·2^52: adding it rounds to an integer held in the low mantissa bits

    /// <summary><c>e^x</c> for |x| ≤ 700 (inputs outside are clamped); relative error below 2e-16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-700.0)), Vector512.Create(700.0));
        var t = Vector512.FusedMultiplyAdd(x, Vector512.Create(Log2E), Vector512.Create(Shifter));
        var k = t - Vector512.Create(Shifter);
        var r = Vector512.FusedMultiplyAdd(k, Vector512.Create(-Ln2Lo), Vector512.FusedMultiplyAdd(k, Vector512.Create(-Ln2Hi), x));
        // Taylor series of e^r to r^12 on |r| ≤ ln2/2 (truncation below 2e-16), Horner from the top.
        var p = Vector512.Create(1.0 / 479001600.0);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 39916800.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 3628800.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 362880.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 40320.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 5040.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 720.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 120.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 24.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.0 / 6.0));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(0.5));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        // 2^k: the low bits of t hold k; (k + 1023) << 52 is the exponent field of 2^k.
        var scale = ((t.AsUInt64() + Vector512.Create(1023UL)) << 52).AsDouble();
        return p * scale;
    }

    /// <summary><c>ln x</c> for positive normal x; absolute error below 1e-15 near 1, relative below 2e-16 elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log(Vector512<double> x)
    {
        var bits = x.AsUInt64();
        var exponent = ((bits >>> 52) | Vector512.Create(0x4330000000000000UL)).AsDouble() - Vector512.Create(4503599627370496.0 + 1023.0);
        var m = ((bits & Vector512.Create(0x000FFFFFFFFFFFFFUL)) | Vector512.Create(0x3FF0000000000000UL)).AsDouble();
        // Keep m in [√½, √2) so that s = (m − 1)/(m + 1) stays below 0.172.
        var big = Vector512.GreaterThan(m, Vector512.Create(1.4142135623730951));
        m = Vector512.ConditionalSelect(big, m * Vector512.Create(0.5), m);
        exponent = Vector512.ConditionalSelect(big, exponent + Vector512<double>.One, exponent);
        var s = (m - Vector512<double>.One) / (m + Vector512<double>.One);
        var s2 = s * s;
        // ln m = 2·atanh s = 2(s + s³/3 + … + s¹⁹/19).
        var p = Vector512.Create(1.0 / 19.0);
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 17.0));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 15.0));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 13.0));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 11.0));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 9.0));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 7.0));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 5.0));
        p = Vector512.FusedMultiplyAdd(p, s2, Vector512.Create(1.0 / 3.0));
        var twoS = s + s;
        var lnM = Vector512.FusedMultiplyAdd(twoS * s2, p, twoS);
        return Vector512.FusedMultiplyAdd(exponent, Vector512.Create(Ln2Hi), Vector512.FusedMultiplyAdd(exponent, Vector512.Create(Ln2Lo), lnM));
    }

    /// <summary><c>e^x</c> in single precision for |x| ≤ 87 (inputs outside are clamped); relative error below 3e-7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-87f)), Vector512.Create(87f));
        var t = Vector512.FusedMultiplyAdd(x, Vector512.Create(1.44269504f), Vector512.Create(12582912f)); // 1.5·2^23 rounds to an integer
        var k = t - Vector512.Create(12582912f);
        // r = x − k·ln 2 with ln 2 split in two (Cephes), so that k·0.693359375 is exact.
        var r = Vector512.FusedMultiplyAdd(k, Vector512.Create(2.12194440e-4f), Vector512.FusedMultiplyAdd(k, Vector512.Create(-0.693359375f), x));
        // Cephes expf's minimax polynomial on |r| ≤ ln2/2: e^r ≈ 1 + r + r²·p(r).
        var p = Vector512.Create(1.9875691500e-4f);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.3981999507e-3f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(8.3334519073e-3f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(4.1665795894e-2f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1.6666665459e-1f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(5.0000001201e-1f));
        var e = Vector512.FusedMultiplyAdd(p, r * r, r) + Vector512<float>.One;
        // 2^k: the low bits of t hold k; (k + 127) << 23 is the exponent field of 2^k (the shift drops t's own exponent).
        var scale = ((t.AsInt32() + Vector512.Create(127)) << 23).AsSingle();
        return e * scale;
    }

    /// <summary><c>ln x</c> in single precision, computed in double (see the double overload) and rounded once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Log(Vector512<float> x)
    {
        var (lower, upper) = Vector512.Widen(x);
        return Vector512.Narrow(Log(lower), Log(upper));
    }
}
