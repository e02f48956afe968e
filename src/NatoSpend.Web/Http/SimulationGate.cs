using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NatoSpend.Web.Http;

/// <summary>
/// Admission control for simulations, the only expensive requests: at most one run per core at once, a short queue of
/// as many again, and 503 with <c>Retry-After</c> beyond it. The runs use the gate's own threads, one per core, so the
/// cheap endpoints never wait behind a simulation, and a run stops when its client goes away.
/// </summary>
public sealed class SimulationGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly DedicatedThreads _threads;
    private readonly int _capacity;
    private int _admitted;
    private int _running;
    private long _meanTicks = TimeSpan.FromSeconds(2).Ticks;

    /// <summary>One run per core and a queue of as many again, on one thread per core.</summary>
    public SimulationGate()
        : this(Environment.ProcessorCount, Environment.ProcessorCount)
    {
    }

    /// <summary>A gate with <paramref name="running"/> runs at once, on as many threads, and <paramref name="waiting"/> in the queue.</summary>
    public SimulationGate(int running, int waiting)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(running, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(waiting);
        Runs = running;
        Queue = waiting;
        _capacity = running + waiting;
        _slots = new SemaphoreSlim(running, running);
        _threads = new DedicatedThreads(running, "natospend simulation");
    }

    /// <summary>The most runs at once.</summary>
    public int Runs { get; }

    /// <summary>The most requests waiting for a run.</summary>
    public int Queue { get; }

    /// <summary>The requests admitted now, running or waiting.</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    /// <summary>The runs going on now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>
    /// Runs <paramref name="work"/> on the gate's threads when a run is free, waiting in the queue if need be; answers
    /// 503 with <c>Retry-After</c> at once when the queue is full. The work is given the request's abort token.
    /// </summary>
    /// <exception cref="OperationCanceledException">The client went away while waiting or running.</exception>
    public async Task<IResult> Run(HttpContext context, Func<CancellationToken, IResult> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Increment(ref _admitted) > _capacity)
        {
            Interlocked.Decrement(ref _admitted);
            return Busy(context);
        }
        try
        {
            var aborted = context.RequestAborted;
            await _slots.WaitAsync(aborted);
            try
            {
                Interlocked.Increment(ref _running);
                var watch = Stopwatch.StartNew();
                var result = await Task.Factory.StartNew(() => work(aborted), aborted, TaskCreationOptions.DenyChildAttach, _threads);
                // A moving mean of the runs' times, for Retry-After.
                var mean = Interlocked.Read(ref _meanTicks);
                Interlocked.Exchange(ref _meanTicks, mean + ((watch.Elapsed.Ticks - mean) / 4));
                return result;
            }
            finally
            {
                Interlocked.Decrement(ref _running);
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    /// <summary>Stops the gate's threads once their work is done.</summary>
    public void Dispose()
    {
        _threads.Dispose();
        _slots.Dispose();
    }

    private ProblemHttpResult Busy(HttpContext context)
    {
        // A full queue drains in about one run's time, since the runs go on side by side.
        var seconds = (int)Math.Clamp(Math.Ceiling(TimeSpan.FromTicks(Interlocked.Read(ref _meanTicks)).TotalSeconds), 1, 60);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            detail: string.Create(CultureInfo.InvariantCulture,
                $"The server is running as many simulations as it can ({Runs} at once and {Queue} waiting); try again in {seconds} s, or run natospend simulate on your own machine."),
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
