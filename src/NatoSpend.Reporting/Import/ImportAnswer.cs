using NatoSpend.Data.Import;
using NatoSpend.Reporting.Answers;

namespace NatoSpend.Reporting.Import;

/// <summary>What <c>natospend import</c> added to the data folder, as JSON.</summary>
/// <param name="Kind">nato, sipri or weo.</param>
/// <param name="Edition">The new entry of <c>editions.json</c>, with its provenance.</param>
/// <param name="Files">The files written, relative to the data folder.</param>
/// <param name="Next">A command that reads the new data.</param>
public sealed record ImportAnswer(string Kind, EditionAnswer Edition, IReadOnlyList<ImportedFileAnswer> Files, string Next)
{
    /// <summary>The answer for a dataset just written.</summary>
    public static ImportAnswer Of(ImportedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var id = dataset.Entry.Edition.Id;
        var (kind, next) = dataset.Entry.Kind switch
        {
            Data.Editions.EditionKind.Nato => ("nato", $"natospend status --data DIR --edition {id}"),
            Data.Editions.EditionKind.Sipri => ("sipri", $"natospend world --data DIR --release {id}"),
            _ => ("weo", $"natospend path DEU --data DIR --outlook {id}"),
        };
        return new ImportAnswer(kind, EditionAnswer.Of(dataset.Entry.Edition), [.. dataset.Files.Select(f => new ImportedFileAnswer(f.Path, f.Rows))], next);
    }
}

/// <summary>A file an import wrote.</summary>
/// <param name="Path">Relative to the data folder.</param>
/// <param name="Rows">Its data rows.</param>
public sealed record ImportedFileAnswer(string Path, int Rows);
