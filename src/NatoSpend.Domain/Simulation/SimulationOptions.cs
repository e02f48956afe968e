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
/// <param name="Width">The vector width to compute with; every width gives the same bits (the widest accelerated one is the fastest).</param>
/// <param name="Cancellation">Stops the run between blocks of draws (a web client that went away); a run that is not cancelled gives the same result as one without it.</param>
public sealed record SimulationOptions(long Draws, ulong Seed, int Threads = 0, int HistogramBins = 2048, SimulationProgress? Progress = null,
    SimdWidth Width = SimdWidth.Auto, CancellationToken Cancellation = default);
