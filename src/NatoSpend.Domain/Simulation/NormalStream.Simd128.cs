using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

// The generator and Box–Muller on Vector128: NormalStream.Simd128.cs with the width replaced (the same operations in the same
// order, so the same bits); change the three files together.
public sealed partial class NormalStream
{
    private static void Generate128(uint[] state, Span<float> destination, int chunks)
    {
        var width = Vector128<uint>.Count;
        ref var s = ref MemoryMarshal.GetArrayDataReference(state);
        ref var d = ref MemoryMarshal.GetReference(destination);
        for (var g = 0; g < Lanes; g += width)
        {
            var s0 = Vector128.LoadUnsafe(ref s, (nuint)g);
            var s1 = Vector128.LoadUnsafe(ref s, (nuint)(Lanes + g));
            var s2 = Vector128.LoadUnsafe(ref s, (nuint)(2 * Lanes + g));
            var s3 = Vector128.LoadUnsafe(ref s, (nuint)(3 * Lanes + g));
            for (var c = 0; c < chunks; c++)
            {
                var x = Step128(ref s0, ref s1, ref s2, ref s3);
                var y = Step128(ref s0, ref s1, ref s2, ref s3);
                var (cos, sin) = BoxMuller128(x, y);
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
    private static Vector128<uint> Step128(ref Vector128<uint> s0, ref Vector128<uint> s1, ref Vector128<uint> s2, ref Vector128<uint> s3)
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
    private static (Vector128<float> Cos, Vector128<float> Sin) BoxMuller128(Vector128<uint> x, Vector128<uint> y)
    {
        // u1 = (⌊x/4⌋ + 1)·2⁻³⁰ in (0, 1]; ln u1 = e·ln 2 + ln m with m in [√½, √2) and ln m = 2·atanh((m − 1)/(m + 1)).
        var u1 = Vector128.ConvertToSingle(((x >>> 2) + Vector128<uint>.One).AsInt32()) * Vector128.Create(1f / (1 << 30));
        var bits = u1.AsUInt32();
        var m = ((bits & Vector128.Create(0x007FFFFFu)) | Vector128.Create(0x3F800000u)).AsSingle();
        var big = Vector128.GreaterThan(m, Vector128.Create(1.41421356f));
        m = Vector128.ConditionalSelect(big, m * Vector128.Create(0.5f), m);
        var e = Vector128.ConvertToSingle((bits >>> 23).AsInt32() - Vector128.Create(127) - big.AsInt32());
        var v = (m - Vector128<float>.One) / (m + Vector128<float>.One);
        var v2 = v * v;
        var p = Vector128.Create(1f / 11f);
        p = Vector128.FusedMultiplyAdd(p, v2, Vector128.Create(1f / 9f));
        p = Vector128.FusedMultiplyAdd(p, v2, Vector128.Create(1f / 7f));
        p = Vector128.FusedMultiplyAdd(p, v2, Vector128.Create(1f / 5f));
        p = Vector128.FusedMultiplyAdd(p, v2, Vector128.Create(1f / 3f));
        var twoV = v + v;
        var lnM = Vector128.FusedMultiplyAdd(twoV * v2, p, twoV);
        var ln = Vector128.FusedMultiplyAdd(e, Vector128.Create(Ln2Hi), Vector128.FusedMultiplyAdd(e, Vector128.Create(Ln2Lo), lnM));
        var r = Vector128.Sqrt(Vector128.Create(-2f) * ln);

        // The angle: quadrant q from the top two bits of y, offset a uniform in [−π/4, π/4) from the next 24.
        var a = (Vector128.ConvertToSingle(((y >>> 6) & Vector128.Create(0x00FFFFFFu)).AsInt32()) * Vector128.Create(1f / (1 << 24))
            - Vector128.Create(0.5f)) * Vector128.Create(HalfPi);
        var a2 = a * a;
        var sp = Vector128.Create(1f / 362880f);
        sp = Vector128.FusedMultiplyAdd(sp, a2, Vector128.Create(-1f / 5040f));
        sp = Vector128.FusedMultiplyAdd(sp, a2, Vector128.Create(1f / 120f));
        sp = Vector128.FusedMultiplyAdd(sp, a2, Vector128.Create(-1f / 6f));
        var sin = Vector128.FusedMultiplyAdd(a * a2, sp, a);
        var cp = Vector128.Create(-1f / 3628800f);
        cp = Vector128.FusedMultiplyAdd(cp, a2, Vector128.Create(1f / 40320f));
        cp = Vector128.FusedMultiplyAdd(cp, a2, Vector128.Create(-1f / 720f));
        cp = Vector128.FusedMultiplyAdd(cp, a2, Vector128.Create(1f / 24f));
        cp = Vector128.FusedMultiplyAdd(cp, a2, Vector128.Create(-0.5f));
        var cos = Vector128.FusedMultiplyAdd(a2, cp, Vector128<float>.One);
        var q = y >>> 30;
        var swap = Vector128.Equals(q & Vector128<uint>.One, Vector128<uint>.One).AsSingle();
        var c = Vector128.ConditionalSelect(swap, sin, cos);
        var s = Vector128.ConditionalSelect(swap, cos, sin);
        // cos(qπ/2 + a) is negative for q = 1, 2; sin(qπ/2 + a) for q = 2, 3.
        var cosSign = (((q + Vector128<uint>.One) >>> 1) & Vector128<uint>.One) << 31;
        var sinSign = (q >>> 1) << 31;
        return (((r * c).AsUInt32() ^ cosSign).AsSingle(), ((r * s).AsUInt32() ^ sinSign).AsSingle());
    }
}
