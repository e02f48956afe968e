using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

// The generator and Box–Muller on Vector256: NormalStream.Simd256.cs with the width replaced (the same operations in the same
// order, so the same bits); change the three files together.
public sealed partial class NormalStream
{
    private static void Generate256(uint[] state, Span<float> destination, int chunks)
    {
        var width = Vector256<uint>.Count;
        ref var s = ref MemoryMarshal.GetArrayDataReference(state);
        ref var d = ref MemoryMarshal.GetReference(destination);
        for (var g = 0; g < Lanes; g += width)
        {
            var s0 = Vector256.LoadUnsafe(ref s, (nuint)g);
            var s1 = Vector256.LoadUnsafe(ref s, (nuint)(Lanes + g));
            var s2 = Vector256.LoadUnsafe(ref s, (nuint)(2 * Lanes + g));
            var s3 = Vector256.LoadUnsafe(ref s, (nuint)(3 * Lanes + g));
            for (var c = 0; c < chunks; c++)
            {
                var x = Step256(ref s0, ref s1, ref s2, ref s3);
                var y = Step256(ref s0, ref s1, ref s2, ref s3);
                var (cos, sin) = BoxMuller256(x, y);
                cos.StoreUnsafe(ref d, (nuint)(c * Chunk + g));
                sin.StoreUnsafe(ref d, (nuint)(c * Chunk + Lanes + g));
            }
            s0.StoreUnsafe(ref s, (nuint)g);
            s1.StoreUnsafe(ref s, (nuint)(Lanes + g));
            s2.StoreUnsafe(ref s, (nuint)(2 * Lanes + g));
            s3.StoreUnsafe(ref s, (nuint)(3 * Lanes + g));
        }
    }

    // xoshiro128++ (Blackman and Vigna), one step in every lane.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Step256(ref Vector256<uint> s0, ref Vector256<uint> s1, ref Vector256<uint> s2, ref Vector256<uint> s3)
    {
        var sum = s0 + s3;
        var result = ((sum << 7) | (sum >>> 25)) + s0;
        var t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> Cos, Vector256<float> Sin) BoxMuller256(Vector256<uint> x, Vector256<uint> y)
    {
        // u1 = (⌊x/4⌋ + 1)·2⁻³⁰ in (0, 1]; ln u1 = e·ln 2 + ln m with m in [√½, √2) and ln m = 2·atanh((m − 1)/(m + 1)).
        var u1 = Vector256.ConvertToSingle(((x >>> 2) + Vector256<uint>.One).AsInt32()) * Vector256.Create(1f / (1 << 30));
        var bits = u1.AsUInt32();
        var m = ((bits & Vector256.Create(0x007FFFFFu)) | Vector256.Create(0x3F800000u)).AsSingle();
        var big = Vector256.GreaterThan(m, Vector256.Create(1.41421356f));
        m = Vector256.ConditionalSelect(big, m * Vector256.Create(0.5f), m);
        var e = Vector256.ConvertToSingle((bits >>> 23).AsInt32() - Vector256.Create(127) - big.AsInt32());
        var v = (m - Vector256<float>.One) / (m + Vector256<float>.One);
        var v2 = v * v;
        var p = Vector256.Create(1f / 11f);
        p = Vector256.FusedMultiplyAdd(p, v2, Vector256.Create(1f / 9f));
        p = Vector256.FusedMultiplyAdd(p, v2, Vector256.Create(1f / 7f));
        p = Vector256.FusedMultiplyAdd(p, v2, Vector256.Create(1f / 5f));
        p = Vector256.FusedMultiplyAdd(p, v2, Vector256.Create(1f / 3f));
        var twoV = v + v;
        var lnM = Vector256.FusedMultiplyAdd(twoV * v2, p, twoV);
        var ln = Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Hi), Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Lo), lnM));
        var r = Vector256.Sqrt(Vector256.Create(-2f) * ln);

        // The angle: quadrant q from the top two bits of y, offset a uniform in [−π/4, π/4) from the next 24.
        var a = (Vector256.ConvertToSingle(((y >>> 6) & Vector256.Create(0x00FFFFFFu)).AsInt32()) * Vector256.Create(1f / (1 << 24))
            - Vector256.Create(0.5f)) * Vector256.Create(HalfPi);
        var a2 = a * a;
        var sp = Vector256.Create(1f / 362880f);
        sp = Vector256.FusedMultiplyAdd(sp, a2, Vector256.Create(-1f / 5040f));
        sp = Vector256.FusedMultiplyAdd(sp, a2, Vector256.Create(1f / 120f));
        sp = Vector256.FusedMultiplyAdd(sp, a2, Vector256.Create(-1f / 6f));
        var sin = Vector256.FusedMultiplyAdd(a * a2, sp, a);
        var cp = Vector256.Create(-1f / 3628800f);
        cp = Vector256.FusedMultiplyAdd(cp, a2, Vector256.Create(1f / 40320f));
        cp = Vector256.FusedMultiplyAdd(cp, a2, Vector256.Create(-1f / 720f));
        cp = Vector256.FusedMultiplyAdd(cp, a2, Vector256.Create(1f / 24f));
        cp = Vector256.FusedMultiplyAdd(cp, a2, Vector256.Create(-0.5f));
        var cos = Vector256.FusedMultiplyAdd(a2, cp, Vector256<float>.One);
        var q = y >>> 30;
        var swap = Vector256.Equals(q & Vector256<uint>.One, Vector256<uint>.One).AsSingle();
        var c = Vector256.ConditionalSelect(swap, sin, cos);
        var s = Vector256.ConditionalSelect(swap, cos, sin);
        // cos(qπ/2 + a) is negative for q = 1, 2; sin(qπ/2 + a) for q = 2, 3.
        var cosSign = (((q + Vector256<uint>.One) >>> 1) & Vector256<uint>.One) << 31;
        var sinSign = (q >>> 1) << 31;
        return (((r * c).AsUInt32() ^ cosSign).AsSingle(), ((r * s).AsUInt32() ^ sinSign).AsSingle());
    }
}
