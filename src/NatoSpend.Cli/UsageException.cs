namespace NatoSpend.Cli;

/// <summary>The user asked for something the command does not accept; the CLI prints the message and exits with 2.</summary>
public sealed class UsageException : Exception
{
    /// <inheritdoc/>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <inheritdoc/>
    public UsageException()
    {
    }

    /// <inheritdoc/>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
