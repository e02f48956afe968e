using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    private readonly double[] _lo;
    private readonly double[] _scale;
    private readonly double[] _min;
    private readonly double[] _max;
    private int[] _index = new int[MonteCarlo.BlockSize];

    public QuantileHistogram(int series, int bins, double[] lo, double[] scale)
    {
        _bins = bins;
        _counts = new int[series * (bins + 2)];
        _lo = lo;
        _scale = scale;
        _min = Enumerable.Repeat(double.PositiveInfinity, series).ToArray();
        _max = Enumerable.Repeat(double.NegativeInfinity, series).ToArray();
    }

    public int Series => _min.Length;

    public void Add(int series, ReadOnlySpan<double> values)
    {
        var counts = _counts.AsSpan(series * (_bins + 2), _bins + 2);
        double lo = _lo[series], scale = _scale[series];
        if (_index.Length < values.Length)
        {
            _index = new int[values.Length];
        }
        var index = _index.AsSpan(0, values.Length);
        var i = 0;
        if (Avx.IsSupported)
        {
            // Bin index k = clamp(⌊(v − lo)·scale⌋ + 1, 0, bins + 1) four at a time; MaxNative sends NaN to the underflow bin.
            var vlo = Vector256.Create(lo);
            var vscale = Vector256.Create(scale);
            var top = Vector256.Create(_bins + 1.0);
            ref var v0 = ref MemoryMarshal.GetReference(values);
            ref var k0 = ref MemoryMarshal.GetReference(index);
            for (; i + 4 <= values.Length; i += 4)
            {
                var f = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref v0, (nuint)i) - vlo, vscale, Vector256<double>.One);
                f = Vector256.MinNative(Vector256.MaxNative(f, Vector256<double>.Zero), top);
                Avx.ConvertToVector128Int32WithTruncation(f).StoreUnsafe(ref k0, (nuint)i);
            }
        }
        for (; i < values.Length; i++)
        {
            var f = (values[i] - lo) * scale;
            index[i] = !(f >= 0.0) ? 0 : f >= _bins ? _bins + 1 : (int)f + 1;
        }
        var last = _bins + 1;
        for (i = 0; i < values.Length; i++)
        {
            var k = index[i];
            counts[k]++;
            if (k == 0 || k == last)
            {
                // Only values outside the range need their extremes: they bound the underflow and overflow bins.
                _min[series] = Math.Min(_min[series], values[i]);
                _max[series] = Math.Max(_max[series], values[i]);
            }
        }
    }

    public void Merge(QuantileHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] = checked(_counts[i] + other._counts[i]);
        }
        for (var s = 0; s < _min.Length; s++)
        {
            _min[s] = Math.Min(_min[s], other._min[s]);
            _max[s] = Math.Max(_max[s], other._max[s]);
        }
    }

    /// <summary>The quantile at probability <paramref name="p"/> (the order statistic at rank p·(n−1), values spread evenly in their bin).</summary>
    public double Quantile(int series, double p)
    {
        double min = _min[series], max = _max[series];
        var counts = _counts.AsSpan(series * (_bins + 2), _bins + 2);
        long n = 0;
        foreach (var c in counts)
        {
            n += c;
        }
        var rank = p * (n - 1);
        long before = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            if (counts[k] == 0 || before + counts[k] <= rank)
            {
                before += counts[k];
                continue;
            }
            double left, right;
            var lo = _lo[series];
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
            var within = Math.Clamp((rank - before + 0.5) / counts[k], 0.0, 1.0);
            return left + within * (right - left);
        }
        return double.IsFinite(max) ? max : _lo[series] + _bins / _scale[series];
    }
}
