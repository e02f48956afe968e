using static System.FormattableString;

namespace NatoSpend.Domain.Simulation;

public static partial class MonteCarlo
{
    /// <summary>Everything fixed for a run, shared by every thread.</summary>
    private sealed class Model
    {
        public Model(IReadOnlyList<AllyScenario> scenarios, SimulationParameters parameters)
        {
            if (scenarios.Count == 0)
            {
                throw new ArgumentException("The simulation needs at least one ally's scenario; choose allies that the edition reports.", nameof(scenarios));
            }
            var first = scenarios[0];
            if (scenarios.Any(s => s.BaseYear != first.BaseYear || s.Deadline != first.Deadline || s.Years.Count != first.Years.Count))
            {
                throw new ArgumentException(Invariant($"Every scenario must run from the base year {first.BaseYear} to the deadline {first.Deadline}; build them alike."), nameof(scenarios));
            }
            Scenarios = scenarios;
            A = scenarios.Count;
            Years = first.Years.Count;
            var indices = new List<int>();
            var targets = new List<int>();
            int Need(string id)
            {
                var i = parameters.IndexOf(id);
                return i >= 0 ? i : throw new ArgumentException(Invariant($"The parameters have no series {id}; calibrate every simulated ally or add it to the parameter file."), nameof(parameters));
            }
            for (var a = 0; a < A; a++)
            {
                var code = scenarios[a].Ally.Code.Value;
                indices.Add(Need("real-growth:" + code));
                targets.Add(a);
                indices.Add(Need("inflation:" + code));
                targets.Add(a);
            }
            var currencies = scenarios.Select(s => s.Ally.Currency.Code).Where(c => c != "USD").Distinct(StringComparer.Ordinal).ToList();
            Currency = [.. scenarios.Select(s => currencies.IndexOf(s.Ally.Currency.Code))];
            for (var c = 0; c < currencies.Count; c++)
            {
                indices.Add(Need("fx:" + currencies[c]));
                targets.Add(c);
            }
            C = currencies.Count;
            P = indices.Count;
            var series = indices.Select(i => parameters.Series[i]).ToArray();
            Kind = [.. series.Select(s => s.Kind)];
            Ids = [.. series.Select(s => s.Id)];
            Phi = [.. series.Select(s => s.Persistence)];
            Sigma = [.. series.Select(s => s.Volatility)];
            Drift = [.. series.Select(s => s.Drift)];
            Target = [.. targets];
            var (loadings, d) = parameters.Structure(indices);
            Columns = loadings.Length == 0 ? 0 : loadings.Max(r => r.Length);
            // Single-precision weights, rows padded to a multiple of four with zeros (docs/simulation.md, "Normals"): x = d ⊙ ε + W·z.
            PaddedP = (P + 3) / 4 * 4;
            Weights = new float[PaddedP * Columns];
            GroupLength = new int[PaddedP / 4];
            Unique = new float[PaddedP];
            for (var j = 0; j < P; j++)
            {
                for (var f = 0; f < loadings[j].Length; f++)
                {
                    Weights[j * Columns + f] = (float)loadings[j][f];
                }
                GroupLength[j / 4] = Math.Max(GroupLength[j / 4], loadings[j].Length);
                Unique[j] = (float)d[j];
            }
            Idiosyncratic = d.Any(v => v != 0.0);
            Normals = Columns + (Idiosyncratic ? P : 0);
            IsUs = [.. scenarios.Select(s => s.Ally.Code.Value == "USA")];
            var zeroVol = Sigma.All(v => v == 0.0) && Drift.All(v => v == 0.0);
            Constant = [.. scenarios.Select((s, a) => s.Years.Select(y => new[]
            {
                zeroVol || y.Basis == SpendingBasis.Share,
                zeroVol || y.Basis == SpendingBasis.Money,
                zeroVol || (y.Basis == SpendingBasis.Money && Currency[a] < 0),
            }).ToArray())];
            // In a money year, USD spending moves only with the exchange rate: allies sharing a currency share its histogram.
            UsdSource = [.. scenarios.Select((s, a) => s.Years.Select((y, t) =>
            {
                if (y.Basis != SpendingBasis.Money)
                {
                    return a;
                }
                for (var b = 0; b < a; b++)
                {
                    if (Currency[b] == Currency[a] && scenarios[b].Years[t].Basis == SpendingBasis.Money)
                    {
                        return b;
                    }
                }
                return a;
            }).ToArray())];
            PlausibleThreshold = [.. scenarios.Select(s => s.Years.Select(y => s.Checks.MaxRealGrowthLog - Math.Log(1.0 + y.RealGrowthPct / 100.0)).ToArray())];
            var total = 0.0;
            var us = 0.0;
            foreach (var (s, a) in scenarios.Select((s, a) => (s, a)))
            {
                total += s.Years[^1].SpendingUsd;
                if (IsUs[a])
                {
                    us += s.Years[^1].SpendingUsd;
                }
            }
            TotalUsdBase = total;
            UsShareBase = total > 0 ? us / total : 0.0;
            SeriesCount = A * Years * 3 + 2;
        }

        public IReadOnlyList<AllyScenario> Scenarios { get; }
        public int A { get; }
        public int C { get; }
        public int P { get; }
        public int Years { get; }
        public int Columns { get; }
        public int SeriesCount { get; }
        public ShockKind[] Kind { get; }
        public string[] Ids { get; }
        public double[] Phi { get; }
        public double[] Sigma { get; }
        public double[] Drift { get; }
        public int[] Target { get; }
        public int PaddedP { get; }
        /// <summary>Normals drawn per draw and year: the common ones, then one per series where any series has its own.</summary>
        public int Normals { get; }
        public float[] Weights { get; }
        public int[] GroupLength { get; }
        public float[] Unique { get; }
        public bool Idiosyncratic { get; }
        public int[] Currency { get; }
        public bool[] IsUs { get; }
        public bool[][][] Constant { get; }
        public double[][] PlausibleThreshold { get; }
        public int[][] UsdSource { get; }
        public double TotalUsdBase { get; }
        public double UsShareBase { get; }

        public int Series(int a, int t, int metric) => (a * Years + t) * 3 + metric;
    }
}
