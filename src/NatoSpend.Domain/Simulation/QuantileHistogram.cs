using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

/// <summary>Fixed-range histograms of many series, for quantiles without keeping the draws (docs/simulation.md, "Quantiles").</summary>
/// <remarks>
/// Each series has <c>bins</c> equal bins over a range set before the run (a pilot's mean ± 8 standard deviations) plus an
/// underflow and an overflow bin, with the exact extremes of the values that fall outside the range. Counts are integers, so merging per-thread histograms
/// gives the same result in any order: the quantiles do not depend on the number of threads.
/// </remarks>
internal sealed class QuantileHistogram
{
    private readonly int _bins;
    private readonly int[] _counts;
    // Each series' range, in single precision like the values binned.
    private readonly float[] _lo;
    private readonly float[] _scale;
    private readonly double[] _min;
    private readonly double[] _max;
    private int[] _index = new int[MonteCarlo.BlockSize];

    public QuantileHistogram(int series, int bins, double[] lo, double[] scale)
    {
        _bins = bins;
        _counts = new int[series * (bins + 2)];
        _lo = [.. lo.Select(v => (float)v)];
        _scale = [.. scale.Select(v => (float)v)];
        _min = Enumerable.Repeat(double.PositiveInfinity, series).ToArray();
        _max = Enumerable.Repeat(double.NegativeInfinity, series).ToArray();
    }

    public int Series => _min.Length;

    /// <summary>Adds values to a series.</summary>
    public void Add(int series, ReadOnlySpan<float> values)
    {
        if (_index.Length < values.Length)
        {
            _index = new int[values.Length];
        }
        ref var k0 = ref MemoryMarshal.GetArrayDataReference(_index);
        var vmin = Vector512.Create(float.PositiveInfinity);
        var vmax = Vector512.Create(float.NegativeInfinity);
        var vlo = Vector512.Create(_lo[series]);
        var vscale = Vector512.Create(_scale[series]);
        var top = Vector512.Create(_bins + 1.0f);
        ref var v0 = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i + Vector512<float>.Count <= values.Length; i += Vector512<float>.Count)
        {
            // Bin index k = clamp(⌊(v − lo)·scale⌋ + 1, 0, bins + 1); MaxNative sends NaN to the underflow bin.
            var v = Vector512.LoadUnsafe(ref v0, (nuint)i);
            vmin = Vector512.MinNative(vmin, v);
            vmax = Vector512.MaxNative(vmax, v);
            var f = Vector512.FusedMultiplyAdd(v - vlo, vscale, Vector512<float>.One);
            Vector512.ConvertToInt32(Vector512.MinNative(Vector512.MaxNative(f, Vector512<float>.Zero), top)).StoreUnsafe(ref k0, (nuint)i);
        }
        float min = float.PositiveInfinity, max = float.NegativeInfinity;
        for (var lane = 0; lane < Vector512<float>.Count; lane++)
        {
            min = MathF.Min(min, vmin[lane]);
            max = MathF.Max(max, vmax[lane]);
        }
        for (; i < values.Length; i++)
        {
            min = MathF.Min(min, values[i]);
            max = MathF.Max(max, values[i]);
            Unsafe.Add(ref k0, i) = Bin(series, values[i]);
        }
        // Unrolled by four; a count cannot overflow (a run has at most a billion draws), so the increment is unchecked.
        ref var counts = ref _counts[series * (_bins + 2)];
        for (i = 0; i + 4 <= values.Length; i += 4)
        {
            unchecked
            {
                Unsafe.Add(ref counts, (nint)Unsafe.Add(ref k0, i))++;
                Unsafe.Add(ref counts, (nint)Unsafe.Add(ref k0, i + 1))++;
                Unsafe.Add(ref counts, (nint)Unsafe.Add(ref k0, i + 2))++;
                Unsafe.Add(ref counts, (nint)Unsafe.Add(ref k0, i + 3))++;
            }
        }
        for (; i < values.Length; i++)
        {
            unchecked { Unsafe.Add(ref counts, (nint)Unsafe.Add(ref k0, i))++; }
        }
        // Only values outside the range need their extremes (they bound the underflow and overflow bins). Bins are monotone
        // in the value, so if any value fell below the range the smallest did, and it is the smallest of those that did.
        if (Bin(series, min) == 0)
        {
            _min[series] = Math.Min(_min[series], min);
        }
        if (Bin(series, max) == _bins + 1)
        {
            _max[series] = Math.Max(_max[series], max);
        }
    }

    // The vector loop's bin index for one value, the same operations in the same order.
    private int Bin(int series, float v) =>
        (int)MathF.Min(MathF.Max(MathF.FusedMultiplyAdd(v - _lo[series], _scale[series], 1f), 0f), _bins + 1f);

    public void Merge(QuantileHistogram other)
    {
        for (var s = 0; s < _min.Length; s++)
        {
            _min[s] = Math.Min(_min[s], other._min[s]);
            _max[s] = Math.Max(_max[s], other._max[s]);
        }
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] = checked(_counts[i] + other._counts[i]);
        }
    }

    /// <summary>The quantile at probability <paramref name="p"/> (the order statistic at rank p·(n−1), values spread evenly in their bin).</summary>
    public double Quantile(int series, double p) => Quantiles(series, [p])[0];

    /// <summary>The quantiles at ascending probabilities, as <see cref="Quantile"/> gives each, in one pass over the bins.</summary>
    public double[] Quantiles(int series, ReadOnlySpan<double> ps)
    {
        double min = _min[series], max = _max[series];
        var counts = _counts.AsSpan(series * (_bins + 2), _bins + 2);
        long n = 0;
        foreach (var c in counts)
        {
            n += c;
        }
        var result = new double[ps.Length];
        var j = 0;
        long before = 0;
        for (var k = 0; k < counts.Length && j < ps.Length; k++)
        {
            // Every quantile whose rank falls in bin k; then on to the next bin.
            while (j < ps.Length && counts[k] != 0 && before + counts[k] > ps[j] * (n - 1))
            {
                result[j] = Within(series, k, (ps[j] * (n - 1) - before + 0.5) / counts[k]);
                j++;
            }
            before += counts[k];
        }
        for (; j < ps.Length; j++)
        {
            result[j] = double.IsFinite(max) ? max : _lo[series] + _bins / (double)_scale[series];
        }
        return result;
    }

    // The value a fraction of the way through bin k (the underflow and overflow bins run to the extremes seen).
    private double Within(int series, int k, double fraction)
    {
        double min = _min[series], max = _max[series], left, right;
        var lo = (double)_lo[series];
        var width = 1.0 / _scale[series];
        if (k == 0)
        {
            (left, right) = (min, Math.Max(min, lo));
        }
        else if (k == _bins + 1)
        {
            (left, right) = (Math.Min(max, lo + _bins * width), max);
        }
        else
        {
            (left, right) = (lo + (k - 1) * width, lo + k * width);
        }
        return left + Math.Clamp(fraction, 0.0, 1.0) * (right - left);
    }
}
