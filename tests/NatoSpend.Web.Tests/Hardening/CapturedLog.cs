using Microsoft.Extensions.Logging;

namespace NatoSpend.Web.Tests.Hardening;

/// <summary>Keeps every log line the app writes, for tests that read the log.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly List<(string Category, LogLevel Level, string Message)> _lines = [];

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (log._lines)
            {
                log._lines.Add((category, logLevel, formatter(state, exception)));
            }
        }
    }
}
