using System.Globalization;

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

/// <summary>A data file (or folder) that cannot be used; carries the problems found, so that one run lists them all.</summary>
/// <remarks>At most <see cref="FileLimits.ProblemsPerFile"/> problems are listed per file; one more line per file counts the rest.</remarks>
public sealed class DataFileException : Exception
{
    /// <summary>Reports the problems found.</summary>
    public DataFileException(IReadOnlyList<DataProblem> problems)
        : base(Summarise(problems, Total(problems))) => (Problems, Count) = (Listed(problems), Total(problems));

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
        : base(message, innerException) => (Problems, Count) = ([new DataProblem("(data)", null, message)], 1);

    /// <summary>The problems to show, in file order: at most <see cref="FileLimits.ProblemsPerFile"/> per file, then a line per file counting the rest.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>How many problems were found, those not listed included.</summary>
    public int Count { get; }

    private static int Total(IReadOnlyList<DataProblem> problems) => problems.Count + (problems is ProblemList list ? list.Unlisted.Values.Sum() : 0);

    private static List<DataProblem> Listed(IReadOnlyList<DataProblem> problems)
    {
        var shown = new List<DataProblem>();
        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            var count = perFile[problem.File] = perFile.GetValueOrDefault(problem.File) + 1;
            if (count <= FileLimits.ProblemsPerFile)
            {
                shown.Add(problem);
            }
        }
        var unlisted = problems is ProblemList list ? list.Unlisted : new Dictionary<string, int>();
        foreach (var (file, count) in perFile)
        {
            var more = Math.Max(0, count - FileLimits.ProblemsPerFile) + unlisted.GetValueOrDefault(file);
            if (more > 0)
            {
                shown.Add(new DataProblem(file, null, string.Create(CultureInfo.InvariantCulture,
                    $"and {more} more problems, not listed: NatoSpend lists the first {FileLimits.ProblemsPerFile} of a file; fix those and run again.")));
            }
        }
        return shown;
    }

    private static string Summarise(IReadOnlyList<DataProblem> problems, int total) => total switch
    {
        0 => "The data could not be read.",
        1 => problems[0].ToString(),
        _ => string.Create(CultureInfo.InvariantCulture, $"{total} problems in the data, the first: {problems[0]}"),
    };
}

/// <summary>
/// The problems of files too large to keep every problem of in memory (a 16 MiB file of bad rows has a million):
/// it keeps the first <see cref="FileLimits.ProblemsPerFile"/> of each file and counts the rest.
/// </summary>
internal sealed class ProblemList : System.Collections.ObjectModel.Collection<DataProblem>
{
    /// <summary>The problems found but not kept, by file.</summary>
    public Dictionary<string, int> Unlisted { get; } = new(StringComparer.Ordinal);

    /// <summary>Every problem found, those not kept included: what a reader compares to see whether a row added one.</summary>
    public int Found { get; private set; }

    /// <inheritdoc/>
    protected override void InsertItem(int index, DataProblem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Found++;
        if (this.Count(p => p.File == item.File) < FileLimits.ProblemsPerFile)
        {
            base.InsertItem(index, item);
        }
        else
        {
            Unlisted[item.File] = Unlisted.GetValueOrDefault(item.File) + 1;
        }
    }
}
