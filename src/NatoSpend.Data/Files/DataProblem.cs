namespace NatoSpend.Data.Files;

/// <summary>One thing wrong in a data file, with where it is.</summary>
/// <param name="File">The file, relative to the data folder where possible.</param>
/// <param name="Line">The 1-based line (0 when the problem is the whole file), or <c>null</c> when it is not known.</param>
/// <param name="Message">One sentence naming the value, the rule and the fix.</param>
/// <param name="JsonPath">The JSON path of the value, for JSON files.</param>
public sealed record DataProblem(string File, int? Line, string Message, string? JsonPath = null)
{
    /// <inheritdoc/>
    public override string ToString() => (Line, JsonPath) switch
    {
        ({ } line and > 0, { } path) => $"{File}:{line} at {path}: {Message}",
        ({ } line and > 0, _) => $"{File}:{line}: {Message}",
        (_, { } path) => $"{File} at {path}: {Message}",
        _ => $"{File}: {Message}",
    };
}

/// <summary>A data file (or folder) that cannot be used; carries every problem found, so that one run lists them all.</summary>
public sealed class DataFileException : Exception
{
    /// <summary>Reports the problems found.</summary>
    public DataFileException(IReadOnlyList<DataProblem> problems)
        : base(Summarise(problems)) => Problems = problems;

    /// <summary>Reports one problem.</summary>
    public DataFileException(DataProblem problem)
        : this([problem])
    {
    }

    /// <inheritdoc/>
    public DataFileException()
        : this([])
    {
    }

    /// <inheritdoc/>
    public DataFileException(string message)
        : this([new DataProblem("(data)", null, message)])
    {
    }

    /// <inheritdoc/>
    public DataFileException(string message, Exception innerException)
        : base(message, innerException) => Problems = [new DataProblem("(data)", null, message)];

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Summarise(IReadOnlyList<DataProblem> problems) => problems.Count switch
    {
        0 => "The data could not be read.",
        1 => problems[0].ToString(),
        _ => $"{problems.Count} problems in the data, the first: {problems[0]}",
    };
}
