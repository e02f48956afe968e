using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Plans;
using static System.FormattableString;

namespace NatoSpend.Domain.Simulation;

/// <summary>How far a run has got, for a progress bar; safe to read from another thread.</summary>
public sealed class SimulationProgress
{
    private long _done;
    private long _total;

    /// <summary>Blocks of draws finished.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>Blocks of draws in the run (0 until it starts).</summary>
    public long Total => Interlocked.Read(ref _total);

    internal void Start(long total) => Interlocked.Exchange(ref _total, total);

    internal void Step() => Interlocked.Increment(ref _done);
}

/// <summary>The run's settings.</summary>
/// <param name="Draws">The number of draws, from 1 to <see cref="MonteCarlo.MaxDraws"/>.</param>
/// <param name="Seed">The seed: the same seed gives the same result, bit for bit, whatever <paramref name="Threads"/> is.</param>
/// <param name="Threads">The most threads to use, or 0 for one per core.</param>
/// <param name="HistogramBins">Bins per quantile histogram (see docs/simulation.md for the error this gives).</param>
/// <param name="Progress">Where to report progress, or <c>null</c>.</param>
public sealed record SimulationOptions(long Draws, ulong Seed, int Threads = 0, int HistogramBins = 2048, SimulationProgress? Progress = null);

/// <summary>The Monte Carlo over GDP, inflation and exchange rates (issue 5; model and equations in docs/simulation.md).</summary>
/// <remarks>
/// <para>Per ally and year, log real growth and log inflation deviate from the baseline projection by AR(1) processes
/// <c>d(t) = φ·d(t−1) + σ·x(t)</c> starting at 0 in the base year; each currency's log rate to the USD is a random walk
/// <c>ln e(t) = ln e(t−1) + drift + σ·x(t)</c> around the projection's rate for the year. The shocks <c>x</c> are standard normal and correlated
/// across every series through <c>x = A·u + d ⊙ ε</c> (factor loadings, or the Cholesky factor).</para>
/// <para>Draws are done in fixed blocks of <see cref="BlockSize"/>, each with its own <see cref="NormalStream"/> seeded from
/// (seed, block), and aggregated into integer histograms and counts, so the result does not depend on the number of threads.
/// Every figure is the baseline times a factor that is exactly 1 when every volatility is 0, so a zero-volatility run
/// reproduces the deterministic projection exactly.</para>
/// </remarks>
public static class MonteCarlo
{
    /// <summary>Draws per block: a block is the unit of work, of seeding and of reduction.</summary>
    public const int BlockSize = 512;

    /// <summary>The most draws a run accepts.</summary>
    public const long MaxDraws = 1_000_000_000;

    private const int PilotDraws = 4 * BlockSize;
    private const double RangeSds = 8.0;
    private const ulong PilotKey = 0x5DEECE66DUL;

    // Where a per-draw check's pass count is kept: its place in CheckIds.PerDraw, the order the results report them in.
    private static readonly int[] Slots = [.. CheckIds.All.Select(id => CheckIds.PerDraw.ToList().IndexOf(id))];

    private static int Slot(CheckId id) => Slots[(int)id];

    /// <summary>Runs the simulation.</summary>
    /// <exception cref="ArgumentException">No scenario, scenarios with different years, or a series missing from the parameters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Draws or bins out of range.</exception>
    public static SimulationResult Run(IReadOnlyList<AllyScenario> scenarios, SimulationParameters parameters, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Draws is < 1 or > MaxDraws)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Draws,
                Invariant($"The number of draws must be from 1 to {MaxDraws}, but was {options.Draws}; choose one such as 100000."));
        }
        if (options.HistogramBins is < 16 or > 1 << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.HistogramBins,
                Invariant($"The histogram bins must be from 16 to {1 << 20}, but was {options.HistogramBins}; choose one such as 2048."));
        }
        var model = new Model(scenarios, parameters);
        var bins = options.HistogramBins;

        // Pilot: a few blocks from separate streams set each histogram's range; sequential, so deterministic.
        var pilot = new Moments(model.SeriesCount);
        var pilotSpace = new Workspace(model);
        for (var b = 0; b < PilotDraws / BlockSize; b++)
        {
            RunBlock(model, pilotSpace, NormalStream.Create(options.Seed ^ PilotKey, ulong.MaxValue - (ulong)b), BlockSize, pilot, null);
        }
        var (lo, scale) = pilot.Ranges(bins);

        var blocks = (options.Draws + BlockSize - 1) / BlockSize;
        options.Progress?.Start(blocks);
        var threads = (int)Math.Min(blocks, options.Threads > 0 ? options.Threads : Environment.ProcessorCount);
        var total = new Accumulator(model, bins, lo, scale);
        var gate = new object();
        long next = -1;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            var space = new Workspace(model);
            var mine = new Accumulator(model, bins, lo, scale);
            long block;
            while ((block = Interlocked.Increment(ref next)) < blocks)
            {
                var count = (int)Math.Min(BlockSize, options.Draws - block * BlockSize);
                RunBlock(model, space, NormalStream.Create(options.Seed, (ulong)block), count, null, mine);
                options.Progress?.Step();
            }
            lock (gate)
            {
                total.Merge(mine);
            }
        });
        return total.Result(model, options, parameters.Method);
    }

    /// <summary>Draws the yearly deviations of a few series exactly as a run does: log growth or inflation minus the baseline, or the log change of a rate.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="allies">The allies whose growth, inflation and currency are drawn.</param>
    /// <param name="years">The number of years.</param>
    /// <param name="draws">The number of draws.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>By series id, one array per year of one value per draw.</returns>
    /// <remarks>For tests and diagnostics: it keeps every draw, so keep <paramref name="draws"/> small.</remarks>
    public static IReadOnlyDictionary<string, double[][]> SampleDeviations(SimulationParameters parameters, IReadOnlyList<Allies.Ally> allies, int years, int draws, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(allies);
        var dummy = allies.Select(a => new AllyScenario(a, 2000, ShareOfGdp.FromPercent(1m),
            [.. Enumerable.Range(1, years).Select(y => new ScenarioYear(2000 + y, 1.0, 1.0, 1.0, 0.0, SpendingBasis.Share))],
            new DrawChecks(100, 100, null, false, DeclineRule.Off, null, null, 0, 1, 50), "sample")).ToArray();
        var m = new Model(dummy, parameters);
        var w = new Workspace(m);
        var ids = m.Ids;
        var result = ids.ToDictionary(id => id, _ => Enumerable.Range(0, years).Select(_ => new double[draws]).ToArray(), StringComparer.Ordinal);
        var blocks = (draws + BlockSize - 1) / BlockSize;
        for (var b = 0; b < blocks; b++)
        {
            var stream = NormalStream.Create(seed, (ulong)b);
            w.Reset(m);
            var count = Math.Min(BlockSize, draws - b * BlockSize);
            for (var t = 0; t < years; t++)
            {
                if (m.Columns > 0)
                {
                    stream.Fill(w.U);
                }
                for (var j = 0; j < m.P; j++)
                {
                    var level = m.Kind[j] switch { ShockKind.RealGrowth => w.LnR, ShockKind.Inflation => w.LnP, _ => w.LnX };
                    var before = level.AsSpan(m.Target[j] * BlockSize, count).ToArray();
                    Shock(m, w, stream, j);
                    for (var i = 0; i < count; i++)
                    {
                        result[ids[j]][t][b * BlockSize + i] = level[m.Target[j] * BlockSize + i] - before[i];
                    }
                }
            }
        }
        return result;
    }

    private static void RunBlock(Model m, Workspace w, NormalStream stream, int count, Moments? moments, Accumulator? acc)
    {
        w.Reset(m);
        var n = m.Years;
        for (var t = 0; t < n; t++)
        {
            if (m.Columns > 0)
            {
                stream.Fill(w.U);
            }
            for (var j = 0; j < m.P; j++)
            {
                Shock(m, w, stream, j);
            }
            var last = t == n - 1;
            if (last)
            {
                Array.Clear(w.Total);
                Array.Clear(w.Us);
            }
            for (var a = 0; a < m.A; a++)
            {
                AllyYear(m, w, a, t, count, moments, acc);
            }
            if (last)
            {
                Alliance(m, w, count, moments, acc);
            }
        }
        acc?.Count(m, w, count);
    }

    // x = d·ε + Σ A[f]·u[f]; growth and inflation: dev = φ·dev + σ·x, level += dev; exchange rate: level += drift + σ·x.
    private static void Shock(Model m, Workspace w, NormalStream stream, int j)
    {
        const int B = BlockSize;
        var d = m.D[j];
        if (d != 0.0)
        {
            stream.Fill(w.Eps);
        }
        var row = m.Loadings[j];
        var vd = Vector256.Create(d);
        var phi = Vector256.Create(m.Phi[j]);
        var sigma = Vector256.Create(m.Sigma[j]);
        var drift = Vector256.Create(m.Drift[j]);
        var target = m.Target[j];
        var level = m.Kind[j] switch
        {
            ShockKind.RealGrowth => w.LnR,
            ShockKind.Inflation => w.LnP,
            _ => w.LnX,
        };
        var devOffset = j * B;
        var levelOffset = target * B;
        for (var i = 0; i < B; i += 4)
        {
            var x = d != 0.0 ? vd * L(w.Eps, i) : Vector256<double>.Zero;
            for (var f = 0; f < row.Length; f++)
            {
                x += Vector256.Create(row[f]) * L(w.U, f * B + i);
            }
            if (m.Kind[j] == ShockKind.ExchangeRate)
            {
                S(L(level, levelOffset + i) + drift + sigma * x, level, levelOffset + i);
            }
            else
            {
                var dev = phi * L(w.Dev, devOffset + i) + sigma * x;
                S(dev, w.Dev, devOffset + i);
                S(L(level, levelOffset + i) + dev, level, levelOffset + i);
            }
        }
    }

    private static void AllyYear(Model m, Workspace w, int a, int t, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var y = m.Scenarios[a].Years[t];
        var o = a * B;
        var c = m.Currency[a];
        for (var i = 0; i < B; i += 4)
        {
            var lnR = L(w.LnR, o + i);
            var lnP = L(w.LnP, o + i);
            var (share, spend) = y.Basis switch
            {
                SpendingBasis.Share => (Vector256<double>.Zero, lnR + lnP),
                SpendingBasis.Money => (-(lnR + lnP), Vector256<double>.Zero),
                _ => (-lnR, lnP),
            };
            var usd = c >= 0 ? spend - L(w.LnX, c * B + i) : spend;
            S(share, w.Share, i);
            S(spend, w.Spend, i);
            S(usd, w.Usd, i);
        }
        var series = m.Series(a, t, 0);
        var constant = m.Constant[a][t];
        for (var k = 0; k < 3; k++)
        {
            if (constant[k])
            {
                continue;
            }
            if (k == 2 && m.UsdSource[a][t] != a)
            {
                continue; // the same log factor as an earlier ally's (same currency, money fixed): its histogram serves both
            }
            var values = (k switch { 0 => w.Share, 1 => w.Spend, _ => w.Usd }).AsSpan(0, count);
            moments?.Add(series + k, values);
            acc?.Histogram.Add(series + k, values);
        }
        if (acc is not null)
        {
            Checks(m, w, a, t);
        }
        if (t == m.Years - 1)
        {
            var baseline = Vector256.Create(y.SpendingUsd);
            var us = m.IsUs[a];
            for (var i = 0; i < B; i += 4)
            {
                var v = baseline * VectorMath.Exp(L(w.Usd, i));
                S(L(w.Total, i) + v, w.Total, i);
                if (us)
                {
                    S(L(w.Us, i) + v, w.Us, i);
                }
            }
        }
    }

    // The plan checker's per-year rules on the rounded simulated share, in hundredths of a percent (integers held exactly in doubles).
    private static void Checks(Model m, Workspace w, int a, int t)
    {
        const int B = BlockSize;
        var scenario = m.Scenarios[a];
        var ch = scenario.Checks;
        var y = scenario.Years[t];
        var o = a * B;
        var s = Vector256.Create(y.Share * 100.0 * (1.0 + 1e-13));
        var half = Vector256.Create(0.5);
        var target = Vector256.Create(ch.TargetHundredths);
        var step = Vector256.Create(ch.MinStepHundredths ?? 0.0);
        var review = Vector256.Create(ch.ReviewThresholdHundredths);
        var limit = Vector256.Create(m.PlausibleThreshold[a][t]);
        var one = Vector256<double>.One;
        var runYears = Vector256.Create((double)ch.RunYears);
        var floorYear = ch.FloorFromIndex is { } fi && t + 1 >= fi;
        var deadline = t == m.Years - 1;
        var reviewYear = ch.ReviewIndex == t + 1;
        var shareFixed = m.Constant[a][t][0];
        var fixedH = Vector256.Floor(s + half);
        var judgeSteps = t >= ch.StepsJudgedFrom;
        for (var i = 0; i < B; i += 4)
        {
            // Rounding as NATO prints (2 decimals, half away from zero); the tiny relative nudge keeps a decimal tie such as 2.675 a tie.
            var h = shareFixed ? fixedH : Vector256.Floor(s * VectorMath.Exp(L(w.Share, i)) + half);
            var prev = L(w.PrevH, o + i);
            var below = Vector256.LessThan(prev, target);
            var down = Vector256.LessThan(h, prev);
            if (judgeSteps && ch.Decline == DeclineRule.Always)
            {
                Or(w.FailDecline, o + i, down);
            }
            else if (judgeSteps && ch.Decline == DeclineRule.WhileBelowTarget)
            {
                Or(w.FailDecline, o + i, below & down);
            }
            if (judgeSteps && ch.MinStepHundredths is not null)
            {
                Or(w.FailStep, o + i, below & Vector256.LessThan(h, Vector256.Min(prev + step, target)));
            }
            if (floorYear || deadline)
            {
                Or(w.FailReach, o + i, Vector256.LessThan(h, target));
            }
            if (reviewYear)
            {
                Or(w.FailBack, o + i, Vector256.LessThan(h, review));
            }
            var real = L(w.Spend, i) - L(w.LnP, o + i);
            var over = judgeSteps ? Vector256.GreaterThan(real - L(w.PrevReal, o + i), limit) : Vector256<double>.Zero;
            var run = Vector256.ConditionalSelect(over, L(w.Run, o + i) + one, Vector256<double>.Zero);
            Or(w.FailPlausible, o + i, Vector256.GreaterThanOrEqual(run, runYears));
            S(run, w.Run, o + i);
            S(real, w.PrevReal, o + i);
            S(h, w.PrevH, o + i);
        }
    }

    private static void Alliance(Model m, Workspace w, int count, Moments? moments, Accumulator? acc)
    {
        const int B = BlockSize;
        var totalBase = Vector256.Create(m.TotalUsdBase);
        var usBase = Vector256.Create(m.UsShareBase);
        for (var i = 0; i < B; i += 4)
        {
            var total = L(w.Total, i);
            S(VectorMath.Log(total / totalBase), w.Share, i);
            S(VectorMath.Log(L(w.Us, i) / total / usBase), w.Spend, i);
        }
        var series = m.SeriesCount - 2;
        moments?.Add(series, w.Share.AsSpan(0, count));
        acc?.Histogram.Add(series, w.Share.AsSpan(0, count));
        if (m.UsShareBase > 0)
        {
            moments?.Add(series + 1, w.Spend.AsSpan(0, count));
            acc?.Histogram.Add(series + 1, w.Spend.AsSpan(0, count));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> L(double[] a, int i) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void S(Vector256<double> v, double[] a, int i) => v.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Or(double[] a, int i, Vector256<double> mask) => S(L(a, i) | mask, a, i);

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
            (Loadings, D) = parameters.Structure(indices);
            Columns = Loadings.Length == 0 ? 0 : Loadings.Max(r => r.Length);
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
        public double[][] Loadings { get; }
        public double[] D { get; }
        public int[] Currency { get; }
        public bool[] IsUs { get; }
        public bool[][][] Constant { get; }
        public double[][] PlausibleThreshold { get; }
        public int[][] UsdSource { get; }
        public double TotalUsdBase { get; }
        public double UsShareBase { get; }

        public int Series(int a, int t, int metric) => (a * Years + t) * 3 + metric;
    }

    /// <summary>One thread's buffers, reused for every block.</summary>
    private sealed class Workspace
    {
        public Workspace(Model m)
        {
            const int B = BlockSize;
            U = new double[Math.Max(1, m.Columns) * B];
            Eps = new double[B];
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
            FailReach = new double[m.A * B];
            FailDecline = new double[m.A * B];
            FailStep = new double[m.A * B];
            FailBack = new double[m.A * B];
            FailPlausible = new double[m.A * B];
            if (m.Columns == 0)
            {
                U = [];
            }
        }

        public double[] U { get; }
        public double[] Eps { get; }
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
        public double[] FailReach { get; }
        public double[] FailDecline { get; }
        public double[] FailStep { get; }
        public double[] FailBack { get; }
        public double[] FailPlausible { get; }

        public void Reset(Model m)
        {
            const int B = BlockSize;
            Array.Clear(Dev);
            Array.Clear(LnR);
            Array.Clear(LnP);
            Array.Clear(LnX);
            Array.Clear(PrevReal);
            Array.Clear(Run);
            Array.Clear(FailReach);
            Array.Clear(FailDecline);
            Array.Clear(FailStep);
            Array.Clear(FailBack);
            Array.Clear(FailPlausible);
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

    /// <summary>One thread's histograms and counts; merged in any order with the same result.</summary>
    private sealed class Accumulator
    {
        private readonly long[] _reach;
        private readonly long[] _every;
        private readonly long[] _credible;
        private readonly long[][] _pass;
        private long _draws;

        public Accumulator(Model m, int bins, double[] lo, double[] scale)
        {
            Histogram = new QuantileHistogram(m.SeriesCount, bins, lo, scale);
            _reach = new long[m.A];
            _every = new long[m.A];
            _credible = new long[m.A];
            _pass = [.. Enumerable.Range(0, m.A).Select(_ => new long[SimulationResult.CheckNames.Count])];
        }

        public QuantileHistogram Histogram { get; }

        public void Count(Model m, Workspace w, int count)
        {
            const int B = BlockSize;
            _draws += count;
            for (var a = 0; a < m.A; a++)
            {
                var checks = m.Scenarios[a].Checks;
                var floorAtBase = checks.FloorFailsAtBase;
                var pass = _pass[a];
                var o = a * B;
                for (var i = 0; i < count; i += 4)
                {
                    // Lanes past the block's draw count are masked out; a set lane bit means "fails".
                    var valid = count - i >= 4 ? 0b1111u : (1u << (count - i)) - 1u;
                    var reach = L(w.FailReach, o + i).ExtractMostSignificantBits() | (floorAtBase ? 0b1111u : 0u);
                    var decline = L(w.FailDecline, o + i).ExtractMostSignificantBits();
                    var step = L(w.FailStep, o + i).ExtractMostSignificantBits();
                    var back = L(w.FailBack, o + i).ExtractMostSignificantBits();
                    var plausible = L(w.FailPlausible, o + i).ExtractMostSignificantBits();
                    var notCredible = reach | decline | step | back | (checks.FixedDecisiveFailure ? 0b1111u : 0u);
                    var notEvery = notCredible | plausible | (checks.FixedFlag ? 0b1111u : 0u);
                    pass[Slot(CheckId.ReachesTarget)] += Passing(reach, valid);
                    pass[Slot(CheckId.NoDecline)] += Passing(decline, valid);
                    pass[Slot(CheckId.MinStep)] += Passing(step, valid);
                    pass[Slot(CheckId.NotBackLoaded)] += Passing(back, valid);
                    pass[Slot(CheckId.PlausibleExecution)] += Passing(plausible, valid);
                    _reach[a] += Passing(reach, valid);
                    _credible[a] += Passing(notCredible, valid);
                    _every[a] += Passing(notEvery, valid);
                }
            }
        }

        private static int Passing(uint fails, uint valid) => System.Numerics.BitOperations.PopCount(~fails & valid);

        public void Merge(Accumulator other)
        {
            Histogram.Merge(other.Histogram);
            _draws += other._draws;
            for (var a = 0; a < _reach.Length; a++)
            {
                _reach[a] += other._reach[a];
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
                var q = Quantiles.Levels.Select(p => baseline * Math.Exp(Histogram.Quantile(series, p))).ToArray();
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
                allies.Add(new AllyOutcome(s.Ally, s.Label, (double)s.Target.Percent, P(_reach[a]), P(_every[a]), P(_credible[a]), checks, years,
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
