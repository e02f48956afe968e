using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

// The generator and Box–Muller on Vector512. NormalStream.Simd256.cs and NormalStream.Simd128.cs are this file with the width
// replaced (the same operations in the same order, so the same bits); change all three together.
public sealed partial class NormalStream
{
    private static void Generate512(uint[] state, Span<float> destination, int chunks)
    {
        var width = Vector512<uint>.Count;
        ref var s = ref MemoryMarshal.GetArrayDataReference(state);
        ref var d = ref MemoryMarshal.GetReference(destination);
        for (var g = 0; g < Lanes; g += width)
        {
            var s0 = Vector512.LoadUnsafe(ref s, (nuint)g);
            var s1 = Vector512.LoadUnsafe(ref s, (nuint)(Lanes + g));
            var s2 = Vector512.LoadUnsafe(ref s, (nuint)(2 * Lanes + g));
            var s3 = Vector512.LoadUnsafe(ref s, (nuint)(3 * Lanes + g));
            for (var c = 0; c < chunks; c++)
            {
                var x = Step512(ref s0, ref s1, ref s2, ref s3);
                var y = Step512(ref s0, ref s1, ref s2, ref s3);
                var (cos, sin) = BoxMuller512(x, y);
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
    private static Vector512<uint> Step512(ref Vector512<uint> s0, ref Vector512<uint> s1, ref Vector512<uint> s2, ref Vector512<uint> s3)
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
    private static (Vector512<float> Cos, Vector512<float> Sin) BoxMuller512(Vector512<uint> x, Vector512<uint> y)
    {
        // u1 = (⌊x/4⌋ + 1)·2⁻³⁰ in (0, 1]; ln u1 = e·ln 2 + ln m with m in [√½, √2) and ln m = 2·atanh((m − 1)/(m + 1)).
        var u1 = Vector512.ConvertToSingle(((x >>> 2) + Vector512<uint>.One).AsInt32()) * Vector512.Create(1f / (1 << 30));
        var bits = u1.AsUInt32();
        var m = ((bits & Vector512.Create(0x007FFFFFu)) | Vector512.Create(0x3F800000u)).AsSingle();
        var big = Vector512.GreaterThan(m, Vector512.Create(1.41421356f));
        m = Vector512.ConditionalSelect(big, m * Vector512.Create(0.5f), m);
        var e = Vector512.ConvertToSingle((bits >>> 23).AsInt32() - Vector512.Create(127) - big.AsInt32());
        var v = (m - Vector512<float>.One) / (m + Vector512<float>.One);
        var v2 = v * v;
        var p = Vector512.Create(1f / 11f);
        p = Vector512.FusedMultiplyAdd(p, v2, Vector512.Create(1f / 9f));
        p = Vector512.FusedMultiplyAdd(p, v2, Vector512.Create(1f / 7f));
        p = Vector512.FusedMultiplyAdd(p, v2, Vector512.Create(1f / 5f));
        p = Vector512.FusedMultiplyAdd(p, v2, Vector512.Create(1f / 3f));
        var twoV = v + v;
        var lnM = Vector512.FusedMultiplyAdd(twoV * v2, p, twoV);
        var ln = Vector512.FusedMultiplyAdd(e, Vector512.Create(Ln2Hi), Vector512.FusedMultiplyAdd(e, Vector512.Create(Ln2Lo), lnM));
        var r = Vector512.Sqrt(Vector512.Create(-2f) * ln);

        // The angle: quadrant q from the top two bits of y, offset a uniform in [−π/4, π/4) from the next 24.
        var a = (Vector512.ConvertToSingle(((y >>> 6) & Vector512.Create(0x00FFFFFFu)).AsInt32()) * Vector512.Create(1f / (1 << 24))
            - Vector512.Create(0.5f)) * Vector512.Create(HalfPi);
        var a2 = a * a;
        var sp = Vector512.Create(1f / 362880f);
        sp = Vector512.FusedMultiplyAdd(sp, a2, Vector512.Create(-1f / 5040f));
        sp = Vector512.FusedMultiplyAdd(sp, a2, Vector512.Create(1f / 120f));
        sp = Vector512.FusedMultiplyAdd(sp, a2, Vector512.Create(-1f / 6f));
        var sin = Vector512.FusedMultiplyAdd(a * a2, sp, a);
        var cp = Vector512.Create(-1f / 3628800f);
        cp = Vector512.FusedMultiplyAdd(cp, a2, Vector512.Create(1f / 40320f));
        cp = Vector512.FusedMultiplyAdd(cp, a2, Vector512.Create(-1f / 720f));
        cp = Vector512.FusedMultiplyAdd(cp, a2, Vector512.Create(1f / 24f));
        cp = Vector512.FusedMultiplyAdd(cp, a2, Vector512.Create(-0.5f));
        var cos = Vector512.FusedMultiplyAdd(a2, cp, Vector512<float>.One);
        var q = y >>> 30;
        var swap = Vector512.Equals(q & Vector512<uint>.One, Vector512<uint>.One).AsSingle();
        var c = Vector512.ConditionalSelect(swap, sin, cos);
        var s = Vector512.ConditionalSelect(swap, cos, sin);
        // cos(qπ/2 + a) is negative for q = 1, 2; sin(qπ/2 + a) for q = 2, 3.
        var cosSign = (((q + Vector512<uint>.One) >>> 1) & Vector512<uint>.One) << 31;
        var sinSign = (q >>> 1) << 31;
        return (((r * c).AsUInt32() ^ cosSign).AsSingle(), ((r * s).AsUInt32() ^ sinSign).AsSingle());
    }
}
