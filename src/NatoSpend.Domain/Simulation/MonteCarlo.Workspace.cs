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
            Dev = new double[m.P * B];
            LnR = new double[m.A * B];
            LnP = new double[m.A * B];
            LnX = new double[Math.Max(1, m.C) * B];
            Share = new double[B];
            Spend = new double[B];
            Usd = new double[B];
            Total = new double[B];
            Us = new double[B];
            PrevH = new double[m.A * B];
            PrevReal = new double[m.A * B];
            Run = new double[m.A * B];
            Fails = new ulong[m.A * FailKinds * Words];
        }

        public float[] Z { get; }
        public float[] X { get; }
        public double[] Dev { get; }
        public double[] LnR { get; }
        public double[] LnP { get; }
        public double[] LnX { get; }
        public double[] Share { get; }
        public double[] Spend { get; }
        public double[] Usd { get; }
        public double[] Total { get; }
        public double[] Us { get; }
        public double[] PrevH { get; }
        public double[] PrevReal { get; }
        public double[] Run { get; }

        /// <summary>Per ally, per check (<see cref="FailReach"/>…), one bit per draw: set when the draw fails the check.</summary>
        public ulong[] Fails { get; }

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
                PrevH.AsSpan(a * B, B).Fill(m.Scenarios[a].Checks.BaseHundredths);
            }
        }
    }

    /// <summary>Means and standard deviations per series, for the pilot.</summary>
    private sealed class Moments(int series)
    {
        private readonly double[] _sum = new double[series];
        private readonly double[] _sum2 = new double[series];
        private readonly long[] _n = new long[series];

        public void Add(int s, ReadOnlySpan<double> values)
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
