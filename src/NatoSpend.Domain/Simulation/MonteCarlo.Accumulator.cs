using System.Runtime.Intrinsics;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Domain.Simulation;

public static partial class MonteCarlo
{
    /// <summary>One thread's histograms and counts; merged in any order with the same result.</summary>
    private sealed class Accumulator
    {
        private readonly long[] _every;
        private readonly long[] _credible;
        private readonly long[][] _pass;
        private long _draws;

        public Accumulator(Model m, int bins, double[] lo, double[] scale)
        {
            Histogram = new QuantileHistogram(m.SeriesCount, bins, lo, scale);
            _every = new long[m.A];
            _credible = new long[m.A];
            _pass = [.. Enumerable.Range(0, m.A).Select(_ => new long[SimulationResult.CheckNames.Count])];
        }

        public QuantileHistogram Histogram { get; }

        public void Count(Model m, Workspace w, int count)
        {
            const int B = BlockSize;
            _draws += count;
            var draws = Vector512.Create(count);
            var zero = Vector512<int>.Zero;
            for (var a = 0; a < m.A; a++)
            {
                var checks = m.Scenarios[a].Checks;
                var always = Vector512.Create(checks.FloorFailsAtBase ? FailReach : 0);
                // Per check, then for "credible" (the first four) and "every check", the lanes' counts of passing draws (a
                // passing lane's mask is −1, so subtracting it counts it).
                Vector512<int> reach = zero, decline = zero, step = zero, back = zero, plausible = zero, credible = zero, every = zero;
                for (var i = 0; i < count; i += Lanes)
                {
                    var valid = Vector512.LessThan(Vector512.CreateSequence(i, 1), draws);
                    var f = L(w.Fails, a * B + i) | always;
                    reach -= valid & Vector512.Equals(f & Vector512.Create(FailReach), zero);
                    decline -= valid & Vector512.Equals(f & Vector512.Create(FailDecline), zero);
                    step -= valid & Vector512.Equals(f & Vector512.Create(FailStep), zero);
                    back -= valid & Vector512.Equals(f & Vector512.Create(FailBack), zero);
                    plausible -= valid & Vector512.Equals(f & Vector512.Create(FailPlausible), zero);
                    credible -= valid & Vector512.Equals(f & Vector512.Create(FailReach | FailDecline | FailStep | FailBack), zero);
                    every -= valid & Vector512.Equals(f, zero);
                }
                var pass = _pass[a];
                pass[Slot(CheckId.ReachesTarget)] += Vector512.Sum(reach);
                pass[Slot(CheckId.NoDecline)] += Vector512.Sum(decline);
                pass[Slot(CheckId.MinStep)] += Vector512.Sum(step);
                pass[Slot(CheckId.NotBackLoaded)] += Vector512.Sum(back);
                pass[Slot(CheckId.PlausibleExecution)] += Vector512.Sum(plausible);
                // A decisive failure fixed by the plan fails every draw; a fixed flag fails "every check" only.
                _credible[a] += checks.FixedDecisiveFailure ? 0 : Vector512.Sum(credible);
                _every[a] += checks.FixedDecisiveFailure || checks.FixedFlag ? 0 : Vector512.Sum(every);
            }
        }

        public void Merge(Accumulator other)
        {
            Histogram.Merge(other.Histogram);
            _draws += other._draws;
            for (var a = 0; a < _every.Length; a++)
            {
                _every[a] += other._every[a];
                _credible[a] += other._credible[a];
                for (var c = 0; c < _pass[a].Length; c++)
                {
                    _pass[a][c] += other._pass[a][c];
                }
            }
        }

        public SimulationResult Result(Model m, SimulationOptions options, CorrelationMethod method)
        {
            double P(long k) => (double)k / _draws;
            Quantiles Q(int series, double baseline, bool constant)
            {
                if (constant)
                {
                    return Quantiles.Fixed(baseline);
                }
                var q = Histogram.Quantiles(series, [.. Quantiles.Levels]).Select(v => baseline * Math.Exp(v)).ToArray();
                return new Quantiles(q[0], q[1], q[2], q[3], q[4], baseline);
            }
            var allies = new List<AllyOutcome>();
            for (var a = 0; a < m.A; a++)
            {
                var s = m.Scenarios[a];
                var years = s.Years.Select((y, t) => new SimulatedYear(y.Year, y.Basis,
                    Q(m.Series(a, t, 0), y.Share, m.Constant[a][t][0]),
                    Q(m.Series(a, t, 1), y.Spending, m.Constant[a][t][1]),
                    Q(m.Series(m.UsdSource[a][t], t, 2), y.SpendingUsd, m.Constant[a][t][2]))).ToArray();
                var checks = SimulationResult.CheckNames.Select((name, c) => (name, p: P(_pass[a][c]))).ToDictionary(p => p.name, p => p.p, StringComparer.Ordinal);
                allies.Add(new AllyOutcome(s.Ally, s.Label, (double)s.Target.Percent, P(_pass[a][Slot(CheckId.ReachesTarget)]), P(_every[a]), P(_credible[a]), checks, years,
                    s.NotAssessable is null ? Budgets(m, a) : null, s.NotAssessable, s.InterpolatedYears));
            }
            var zeroVol = m.Sigma.All(v => v == 0.0) && m.Drift.All(v => v == 0.0);
            var alliance = new AllianceOutcome(m.Scenarios[0].Deadline, m.A,
                Q(m.SeriesCount - 2, m.TotalUsdBase, zeroVol),
                m.UsShareBase > 0 ? Q(m.SeriesCount - 1, m.UsShareBase * 100.0, zeroVol) : null);
            return new SimulationResult(_draws, options.Seed, m.Scenarios[0].BaseYear, m.Scenarios[0].Deadline, method, allies, alliance, options.HistogramBins);
        }

        // "What must be budgeted": only when the deadline year's money is held fixed, so that the share moves inversely with GDP.
        private BudgetForOdds[]? Budgets(Model m, int a)
        {
            var s = m.Scenarios[a];
            var t = s.Years.Count - 1;
            var last = s.Years[t];
            if (last.Basis != SpendingBasis.Money || last.Share <= 0.0 || last.SpendingUsd <= 0.0)
            {
                return null;
            }
            var rate = last.Spending / last.SpendingUsd;
            var target = (double)s.Target.Percent;
            return [.. BudgetForOdds.Levels.Select(p =>
            {
                var share = m.Constant[a][t][0] ? last.Share : last.Share * Math.Exp(Histogram.Quantile(m.Series(a, t, 0), 1.0 - p));
                var budget = target * last.Spending / share;
                return new BudgetForOdds(p, budget, budget / rate);
            })];
        }

    }
}
