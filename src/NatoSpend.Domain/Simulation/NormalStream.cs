using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

/// <summary>A seeded stream of standard normal variates: eight xoshiro256+ generators in SIMD lanes, Box–Muller over spans.</summary>
/// <remarks>
/// <para>The stream is a pure function of <c>(seed, stream)</c>: each of the eight lanes is seeded by SplitMix64 from both, as the
/// xoshiro authors recommend, so a simulation that gives every block of draws its own stream gets the same numbers whatever the
/// number of threads. xoshiro256+ is the variant its authors recommend for floating point (the top 52 bits are used).</para>
/// <para>The uniform u₁ in (0, 1] is built from the bits directly (2 minus <c>1.m</c>), then <c>z₀ = √(−2 ln u₁)·cos θ</c>,
/// <c>z₁ = √(−2 ln u₁)·sin θ</c> with θ uniform on the circle, on <see cref="Vector256{T}"/>, 8 variates per step, no allocation
/// per variate (<see cref="VectorMath"/> has the log and the sine and cosine).</para>
/// </remarks>
public sealed class NormalStream
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private Vector256<ulong> _a0, _a1, _a2, _a3, _b0, _b1, _b2, _b3;
    private readonly double[] _spare = new double[8];
    private int _spareCount;

    private NormalStream(ulong seed, ulong stream)
    {
        // Hash arithmetic wraps by design (the build checks overflow elsewhere).
        var z = Mix(seed ^ Mix(unchecked(stream * Golden + 0xD1B54A32D192ED03UL)));
        Span<ulong> words = stackalloc ulong[32];
        for (var i = 0; i < words.Length; i++)
        {
            z = unchecked(z + Golden);
            words[i] = Mix(z);
        }
        _a0 = Vector256.Create(words[0], words[1], words[2], words[3]);
        _a1 = Vector256.Create(words[4], words[5], words[6], words[7]);
        _a2 = Vector256.Create(words[8], words[9], words[10], words[11]);
        _a3 = Vector256.Create(words[12], words[13], words[14], words[15]);
        _b0 = Vector256.Create(words[16], words[17], words[18], words[19]);
        _b1 = Vector256.Create(words[20], words[21], words[22], words[23]);
        _b2 = Vector256.Create(words[24], words[25], words[26], words[27]);
        _b3 = Vector256.Create(words[28], words[29], words[30], words[31]);
    }

    /// <summary>The stream for a seed and a stream number (such as a block of draws).</summary>
    public static NormalStream Create(ulong seed, ulong stream) => new(seed, stream);

    /// <summary>Fills the span with standard normal variates, continuing the stream.</summary>
    public void Fill(Span<double> destination)
    {
        var i = 0;
        while (_spareCount > 0 && i < destination.Length)
        {
            destination[i++] = _spare[8 - _spareCount--];
        }
        var whole = i + (destination.Length - i) / 8 * 8;
        ref var d = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination);
        for (; i < whole; i += 8)
        {
            var (z0, z1) = NextPair();
            z0.StoreUnsafe(ref d, (nuint)i);
            z1.StoreUnsafe(ref d, (nuint)(i + 4));
        }
        if (i < destination.Length)
        {
            var (z0, z1) = NextPair();
            z0.CopyTo(_spare);
            z1.CopyTo(_spare, 4);
            _spareCount = 8;
            while (i < destination.Length)
            {
                destination[i++] = _spare[8 - _spareCount--];
            }
        }
    }

    /// <summary>One standard normal variate (for scalar use and tests).</summary>
    public double Next()
    {
        Span<double> one = stackalloc double[1];
        Fill(one);
        return one[0];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (Vector256<double> Z0, Vector256<double> Z1) NextPair()
    {
        var x = Step(ref _a0, ref _a1, ref _a2, ref _a3);
        var y = Step(ref _b0, ref _b1, ref _b2, ref _b3);
        // The angle takes all 64 bits of y (quadrant from the top two); the radius the top 52 of x.
        var one = Vector256.Create(0x3FF0000000000000UL);
        // 1.m with 52 random mantissa bits is in [1, 2): u1 = 2 − that is in (0, 1], u2 = that − 1 is in [0, 1).
        var u1 = Vector256.Create(2.0) - ((x >>> 12) | one).AsDouble();
        var r = Vector256.Sqrt(Vector256.Create(-2.0) * VectorMath.Log(u1));
        var (cos, sin) = VectorMath.UniformCosSin(y);
        return (r * cos, r * sin);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Step(ref Vector256<ulong> s0, ref Vector256<ulong> s1, ref Vector256<ulong> s2, ref Vector256<ulong> s3)
    {
        var result = s0 + s3;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 45) | (s3 >>> 19);
        return result;
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
