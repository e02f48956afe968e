using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Rules;
using static System.FormattableString;

namespace NatoSpend.Domain.Simulation;

/// <summary>The Monte Carlo over GDP, inflation and exchange rates (model and equations in docs/simulation.md).</summary>
/// <remarks>
/// <para>Per ally and year, log real growth and log inflation deviate from the baseline projection by AR(1) processes
/// <c>d(t) = φ·d(t−1) + σ·x(t)</c> starting at 0 in the base year; each currency's log rate to the USD is a random walk
/// <c>ln e(t) = ln e(t−1) + drift + σ·x(t)</c> around the projection's rate for the year. The shocks <c>x</c> are standard normal and correlated
/// across every series through <c>x = d ⊙ ε + W·z</c> (factor loadings, or the Cholesky factor), a blocked product over each block of draws.</para>
/// <para>Draws are done in fixed blocks of <see cref="BlockSize"/>, each with its own <see cref="NormalStream"/> seeded from
/// (seed, block), and aggregated into integer histograms and counts, so the result does not depend on the number of threads.
/// Every figure is the baseline times a factor that is exactly 1 when every volatility is 0, so a zero-volatility run
/// reproduces the deterministic projection exactly.</para>
/// </remarks>
public static partial class MonteCarlo
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
    /// <exception cref="OperationCanceledException"><see cref="SimulationOptions.Cancellation"/> was cancelled before the last block.</exception>
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
            RunBlock(model, pilotSpace, NormalStream.Create(options.Seed ^ PilotKey, ulong.MaxValue - (ulong)b, options.Width), BlockSize, pilot, null);
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
            // The token is checked between blocks only, so a run that is not cancelled draws exactly what it would without one.
            while (!options.Cancellation.IsCancellationRequested && (block = Interlocked.Increment(ref next)) < blocks)
            {
                var count = (int)Math.Min(BlockSize, options.Draws - block * BlockSize);
                RunBlock(model, space, NormalStream.Create(options.Seed, (ulong)block, options.Width), count, null, mine);
                options.Progress?.Step();
            }
            lock (gate)
            {
                total.Merge(mine);
            }
        });
        options.Cancellation.ThrowIfCancellationRequested();
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
                Correlate(m, w, stream);
                float[][] before = [w.LnR.ToArray(), w.LnP.ToArray(), w.LnX.ToArray()];
                ShockCurrencies(m, w);
                for (var a = 0; a < m.A; a++)
                {
                    ShockAlly(m, w, a);
                }
                for (var j = 0; j < m.P; j++)
                {
                    var (level, old) = m.Kind[j] switch
                    {
                        ShockKind.RealGrowth => (w.LnR, before[0]),
                        ShockKind.Inflation => (w.LnP, before[1]),
                        _ => (w.LnX, before[2]),
                    };
                    var at = m.Target[j] * BlockSize;
                    for (var i = 0; i < count; i++)
                    {
                        result[ids[j]][t][b * BlockSize + i] = level[at + i] - old[at + i];
                    }
                }
            }
        }
        return result;
    }
}
