namespace NatoSpend.Export;

/// <summary>A file could not be made (Chromium missing or failing for a PDF); the message says why and the fix.</summary>
public sealed class ExportException : Exception
{
    /// <inheritdoc/>
    public ExportException(string message)
        : base(message)
    {
    }

    /// <inheritdoc/>
    public ExportException()
    {
    }

    /// <inheritdoc/>
    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
