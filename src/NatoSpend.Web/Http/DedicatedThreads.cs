using System.Collections.Concurrent;

namespace NatoSpend.Web.Http;

/// <summary>
/// A task scheduler with a fixed number of threads of its own. A simulation started on it runs its parallel loop on it
/// too (<c>Parallel.For</c> uses the current scheduler), so simulations never take the thread pool's threads, which
/// stay free for the requests that are cheap to answer.
/// </summary>
public sealed class DedicatedThreads : TaskScheduler, IDisposable
{
    [ThreadStatic]
    private static DedicatedThreads? _owner;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    /// <summary>Starts <paramref name="count"/> background threads named <paramref name="name"/>.</summary>
    public DedicatedThreads(int count, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _threads = [.. Enumerable.Range(1, count).Select(i => new Thread(Work)
        {
            IsBackground = true,
            Name = $"{name} {i}",
            // A hint for the operating system to serve requests first; Windows honours it, Linux ignores it.
            Priority = ThreadPriority.BelowNormal,
        })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <inheritdoc/>
    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Stops taking tasks; the threads end when the queue is empty.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
    }

    /// <inheritdoc/>
    protected override void QueueTask(Task task) => _queue.Add(task);

    // Only the scheduler's own threads run a task inline: a parallel loop waiting for its queued part runs it itself,
    // so that loops waiting on each other's parts cannot hold every thread.
    /// <inheritdoc/>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => _owner == this && TryExecuteTask(task);

    /// <inheritdoc/>
    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        _owner = this;
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
