using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

/// <summary>The width of the vectors a <see cref="NormalStream"/> or the simulation computes with; every width gives the same bits.</summary>
public enum SimdWidth
{
    /// <summary>The widest the processor accelerates (<see cref="NormalStream.BestWidth"/>).</summary>
    Auto = 0,

    /// <summary>128-bit vectors (4 single-precision lanes), also the fallback where nothing is accelerated.</summary>
    Bits128 = 128,

    /// <summary>256-bit vectors (AVX2).</summary>
    Bits256 = 256,

    /// <summary>512-bit vectors (AVX-512).</summary>
    Bits512 = 512,
}

/// <summary>A seeded stream of standard normal variates in single precision: sixteen xoshiro128++ generators, Box–Muller in SIMD lanes.</summary>
/// <remarks>
/// <para>The stream is a pure function of <c>(seed, stream)</c>: the sixteen generators' states are filled by SplitMix64 from both, as
/// the xoshiro authors recommend, so a simulation that gives every block of draws its own stream gets the same numbers whatever the
/// number of threads. Each step takes two 32-bit words from every generator and gives 32 variates: the sixteen cosines, then
/// the sixteen sines.</para>
/// <para>Box–Muller in single precision (docs/simulation.md, "Normals"): <c>u₁ = (⌊w/4⌋ + 1)·2⁻³⁰</c> in (0, 1] from one word, so the
/// largest radius is √(60 ln 2) ≈ 6.45 (the normal's mass beyond it, 2⁻³⁰, is not drawn); <c>r = √(−2 ln u₁)</c>; the angle from the
/// other word (two bits for the quadrant, 24 for the offset). Each variate is within a few units in the last place of float of the
/// exact transform of its bits: a relative error near 10⁻⁷, far below a histogram bin.</para>
/// <para>The same code runs on 512-, 256- or 128-bit vectors (<see cref="SimdWidth"/>): every lane does the same operations in the
/// same order, with fused multiply-adds, so each width gives the same bits.</para>
/// </remarks>
public sealed partial class NormalStream
{
    /// <summary>Variates per step of the sixteen generators.</summary>
    public const int Chunk = 32;

    private const int Lanes = 16;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const float Ln2Hi = 0.693145751953125f; // ln 2 split so that e·Ln2Hi is exact for the exponents here
    private const float Ln2Lo = 1.42860682e-06f;
    private const float HalfPi = 1.57079637f;

    // s0 of the 16 lanes, then s1, s2, s3.
    private readonly uint[] _state = new uint[4 * Lanes];
    private readonly float[] _spare = new float[Chunk];
    private readonly SimdWidth _width;
    private int _spareCount;

    private NormalStream(ulong seed, ulong stream, SimdWidth width)
    {
        var z = Mix(seed ^ Mix(unchecked(stream * Golden + 0xD1B54A32D192ED03UL)));
        for (var i = 0; i < _state.Length; i += 2)
        {
            z = unchecked(z + Golden);
            var word = Mix(z);
            _state[i] = unchecked((uint)word);
            _state[i + 1] = (uint)(word >> 32);
        }
        _width = width == SimdWidth.Auto ? BestWidth : width;
    }

    /// <summary>The widest vectors the processor accelerates: 512 bits where AVX-512 is, else 256, else 128.</summary>
    public static SimdWidth BestWidth { get; } =
        Vector512.IsHardwareAccelerated ? SimdWidth.Bits512 : Vector256.IsHardwareAccelerated ? SimdWidth.Bits256 : SimdWidth.Bits128;

    /// <summary>The width this stream computes with.</summary>
    public SimdWidth Width => _width;

    /// <summary>The stream for a seed and a stream number (such as a block of draws).</summary>
    public static NormalStream Create(ulong seed, ulong stream) => new(seed, stream, SimdWidth.Auto);

    /// <summary>The stream for a seed and a stream number, computed with vectors of the given width (the same bits as any other).</summary>
    public static NormalStream Create(ulong seed, ulong stream, SimdWidth width) => new(seed, stream, width);

    /// <summary>Fills the span with standard normal variates, continuing the stream.</summary>
    public void Fill(Span<float> destination)
    {
        var i = 0;
        while (_spareCount > 0 && i < destination.Length)
        {
            destination[i++] = _spare[Chunk - _spareCount--];
        }
        var chunks = (destination.Length - i) / Chunk;
        if (chunks > 0)
        {
            Generate(destination.Slice(i, chunks * Chunk), chunks);
            i += chunks * Chunk;
        }
        if (i < destination.Length)
        {
            Generate(_spare, 1);
            _spareCount = Chunk;
            while (i < destination.Length)
            {
                destination[i++] = _spare[Chunk - _spareCount--];
            }
        }
    }

    /// <summary>Fills the span with the same variates as <see cref="Fill(Span{float})"/>, widened to double (for tests and diagnostics).</summary>
    public void Fill(Span<double> destination)
    {
        Span<float> buffer = stackalloc float[256];
        while (!destination.IsEmpty)
        {
            var part = buffer[..Math.Min(buffer.Length, destination.Length)];
            Fill(part);
            for (var k = 0; k < part.Length; k++)
            {
                destination[k] = part[k];
            }
            destination = destination[part.Length..];
        }
    }

    /// <summary>One standard normal variate (for scalar use and tests).</summary>
    public double Next()
    {
        Span<float> one = stackalloc float[1];
        Fill(one);
        return one[0];
    }

    private void Generate(Span<float> destination, int chunks)
    {
        switch (_width)
        {
            case SimdWidth.Bits512:
                Generate512(_state, destination, chunks);
                break;
            case SimdWidth.Bits256:
                Generate256(_state, destination, chunks);
                break;
            default:
                Generate128(_state, destination, chunks);
                break;
        }
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
