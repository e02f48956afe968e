using NatoSpend.Data.Files;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Data.Plans;

/// <summary>Reads plan files, CSV or JSON (format in <c>data/plans/README.md</c>), reporting every problem with file and line or JSON path.</summary>
/// <remarks>Each format supplies a year's fields to one reader of a plan year, and both go through the same checks (<see cref="Plan.Validate"/>); nothing half-read is returned.</remarks>
public static partial class PlanReader
{
    /// <summary>The folder of the shipped plans, relative to the data folder.</summary>
    public const string Folder = "plans";

    /// <summary>The header keys, in the order a plan file writes them.</summary>
    public static readonly IReadOnlyList<string> HeaderKeys = ["ally", "title", "published", "source", "basis", "currency", "revises"];

    /// <summary>The columns of a plan's years, in the order a plan file writes them.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["year", "core_share", "core_spending", "related_share", "related_spending", "total_share", "ukraine", "equipment_share", "basis", "source", "date", "grade", "note"];

    /// <summary>The shipped plan files of a data folder, relative to it, sorted.</summary>
    public static IReadOnlyList<string> ShippedFiles(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var dir = folder.PathOf(Folder);
        return Directory.Exists(dir)
            ? [.. Directory.EnumerateFiles(dir).Where(IsPlanFile).Select(f => $"{Folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Reads a plan file of at most <see cref="FileLimits.Plan"/>, UTF-8 with or without a byte-order mark; <c>.json</c> is read as JSON, anything else as CSV.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <exception cref="DataFileException">The path is a folder, or the file cannot be read, is too large, is not UTF-8 or is not a valid plan; every problem is listed.</exception>
    public static Plan ReadFile(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(display);
        return Parse(ReadBytes(path, display), display, Path.GetFileName(path), path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A plan file's bytes, read as a stream and refused beyond <see cref="FileLimits.Plan"/>: for a caller that parses them itself.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <exception cref="DataFileException">The path is a folder or missing, or the file cannot be read or is too large.</exception>
    public static byte[] ReadBytes(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(display);
        return BoundedFile.Read(path, display, FileLimits.Plan, "plan file");
    }

    /// <summary>Parses a plan file's bytes: JSON, or CSV in UTF-8 (a byte-order mark is skipped; any other encoding is refused with its line).</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="fileName">The file name, whose first three letters name the ally when the file does not; or <c>null</c>.</param>
    /// <param name="json">Whether the bytes are JSON rather than CSV.</param>
    /// <exception cref="DataFileException">The bytes are too many, not UTF-8, or not a valid plan; every problem is listed.</exception>
    public static Plan Parse(ReadOnlyMemory<byte> bytes, string display, string? fileName, bool json)
    {
        ArgumentNullException.ThrowIfNull(display);
        return json
            ? ParseJson(bytes, display, fileName)
            : ParseCsv(System.Text.Encoding.UTF8.GetString(TextBytes.Checked(bytes, display, FileLimits.Plan, "plan file").Span), display, fileName);
    }

    // The definition when neither reading it nor checking it found a problem; otherwise every problem, in file order.
    private static PlanDefinition Checked(PlanDefinition definition, List<DataProblem> problems, HashSet<(int, string)> parseFailed, Header header,
        Func<int?, string, string, DataProblem> locate)
    {
        foreach (var p in Plan.Validate(definition))
        {
            // A value that could not be read is reported once, where it was read; its consequences are not repeated.
            if (p.Row is { } row && (parseFailed.Contains((row, p.Field)) || parseFailed.Contains((row, "year"))))
            {
                continue;
            }
            if (p.Row is null && header.Failed.Contains(p.Field))
            {
                continue;
            }
            problems.Add(locate(p.Row, p.Field, p.Message));
        }
        return problems.Count == 0 ? definition : throw new DataFileException(Sorted(problems));
    }

    // Problems in file order: line by line for CSV (stable within a line), as found for JSON.
    private static DataProblem[] Sorted(List<DataProblem> problems) => [.. problems.OrderBy(p => p.Line ?? 0)];

    private static bool IsPlanFile(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
