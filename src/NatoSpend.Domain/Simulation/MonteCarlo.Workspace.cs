namespace NatoSpend.Domain.Simulation;

public static partial class MonteCarlo
{
    /// <summary>One thread's buffers, reused for every block.</summary>
    private sealed class Workspace
    {
        public Workspace(Model m)
        {
            const int B = BlockSize;
            // The ε rows run to the padded series count: the padding's rows stay zero and carry zero weight.
            Z = new float[(m.Columns + (m.Idiosyncratic ? m.PaddedP : 0)) * B];
            X = new float[m.PaddedP * B];
            // Only growth and inflation (series 0 to 2A − 1) have an AR(1) deviation; the currencies are random walks.
            Dev = new float[2 * m.A * B];
            LnR = new float[m.A * B];
            LnP = new float[m.A * B];
            // One row per currency, and a last row of zeros for the dollar.
            LnX = new float[(m.C + 1) * B];
            Share = new float[B];
            Spend = new float[B];
            Usd = new float[B];
            Total = new float[B];
            Us = new float[B];
            PrevH = new float[m.A * B];
            PrevReal = new float[m.A * B];
            Run = new float[m.A * B];
            Fails = new int[m.A * B];
        }

        public float[] Z { get; }
        public float[] X { get; }
        public float[] Dev { get; }
        public float[] LnR { get; }
        public float[] LnP { get; }
        public float[] LnX { get; }
        public float[] Share { get; }
        public float[] Spend { get; }
        public float[] Usd { get; }
        public float[] Total { get; }
        public float[] Us { get; }
        public float[] PrevH { get; }
        public float[] PrevReal { get; }
        public float[] Run { get; }

        /// <summary>Per ally and draw, the checks the draw fails (<see cref="FailReach"/>…), one bit each.</summary>
        public int[] Fails { get; }

        public void Reset(Model m)
        {
            const int B = BlockSize;
            Array.Clear(Dev);
            Array.Clear(LnR);
            Array.Clear(LnP);
            Array.Clear(LnX);
            Array.Clear(PrevReal);
            Array.Clear(Run);
            Array.Clear(Fails);
            for (var a = 0; a < m.A; a++)
            {
                PrevH.AsSpan(a * B, B).Fill((float)m.Scenarios[a].Checks.BaseHundredths);
            }
        }
    }

    /// <summary>Means and standard deviations per series, for the pilot.</summary>
    private sealed class Moments(int series)
    {
        private readonly double[] _sum = new double[series];
        private readonly double[] _sum2 = new double[series];
        private readonly long[] _n = new long[series];

        public void Add(int s, ReadOnlySpan<float> values)
        {
            foreach (var v in values)
            {
                _sum[s] += v;
                _sum2[s] += v * v;
            }
            _n[s] += values.Length;
        }

        public (double[] Lo, double[] Scale) Ranges(int bins)
        {
            var lo = new double[_sum.Length];
            var scale = new double[_sum.Length];
            for (var s = 0; s < lo.Length; s++)
            {
                var n = Math.Max(1, _n[s]);
                var mean = _sum[s] / n;
                var sd = Math.Sqrt(Math.Max(0.0, _sum2[s] / n - mean * mean));
                if (!(sd > 1e-12) || !double.IsFinite(sd))
                {
                    sd = 1e-12;
                }
                lo[s] = mean - RangeSds * sd;
                scale[s] = bins / (2.0 * RangeSds * sd);
            }
            return (lo, scale);
        }
    }
}
