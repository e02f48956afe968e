using System.Numerics.Tensors;

namespace NatoSpend.Domain.Simulation;

/// <summary>Fixed-range histograms of many series, for quantiles without keeping the draws (docs/simulation.md, "Quantiles").</summary>
/// <remarks>
/// Each series has <c>bins</c> equal bins over a range set before the run (a pilot's mean ± 8 standard deviations) plus an
/// underflow and an overflow bin, and its exact minimum and maximum. Counts are integers, so merging per-thread histograms
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
        double lo = _lo[series], scale = _scale[series], top = _bins;
        foreach (var v in values)
        {
            var f = (v - lo) * scale;
            // !(f >= 0) also sends NaN to the underflow bin rather than to an index out of range.
            var k = !(f >= 0.0) ? 0 : f >= top ? _bins + 1 : (int)f + 1;
            counts[k]++;
        }
        _min[series] = Math.Min(_min[series], TensorPrimitives.Min(values));
        _max[series] = Math.Max(_max[series], TensorPrimitives.Max(values));
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
        if (min == max)
        {
            return min; // every draw gave the same value: exact
        }
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
            return Math.Clamp(left + within * (right - left), min, max);
        }
        return max;
    }
}
