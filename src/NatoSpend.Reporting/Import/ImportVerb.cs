using System.Globalization;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Data.Import;
using NatoSpend.Data.Macro;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Inputs;

namespace NatoSpend.Reporting.Import;

/// <summary>
/// <c>natospend import sipri|nato|weo FILE</c>: reads a publisher's own file into a data folder as a new release, edition or
/// vintage beside the old ones, registered in <c>editions.json</c>, never overwriting a file or an entry.
/// </summary>
/// <remarks>
/// The figures are checked by the folder's own reader before anything is written, so an import that succeeds is one
/// that every command can read with <c>--data</c>. Only the command line imports: the API never writes files.
/// </remarks>
public static class ImportVerb
{
    /// <summary>The publishers whose files NatoSpend imports, as the command names them.</summary>
    public static readonly IReadOnlyList<string> Sources = ["sipri", "nato", "weo"];

    /// <summary>The input, as typed.</summary>
    /// <param name="Source">sipri, nato or weo.</param>
    /// <param name="File">The publisher's file.</param>
    /// <param name="Id">The new entry's id (default: sipri-2025, 2026, weo-2026-04 from the file).</param>
    /// <param name="Published">The publication date, yyyy-MM-dd (default: when the workbook was saved; required for a WEO export).</param>
    /// <param name="Cutoff">NATO's information cut-off date, yyyy-MM-dd (optional).</param>
    /// <param name="Definition">NATO's definition: core (default) or old.</param>
    /// <param name="Via">NATO: the copy the figures were read from, for the via column (default: the file's name).</param>
    public sealed record Request(string Source, string File, string? Id = null, string? Published = null, string? Cutoff = null, string? Definition = null, string? Via = null);

    /// <summary>What was imported.</summary>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Dataset">The files and the entry written.</param>
    public sealed record Result(ImportAnswer Answer, ImportedDataset Dataset);

    /// <summary>Reads the file, checks the figures with the folder's reader, and adds them to the folder.</summary>
    /// <exception cref="InputException">The file cannot be read or its layout differs (Malformed), or the id or a file exists (Unanswerable).</exception>
    public static Result Run(Request request, DataCatalog target, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(face);
        var published = Date(request.Published, "published", face);
        var cutoff = Date(request.Cutoff, "cutoff", face);
        var id = request.Id?.Trim();
        if (id is not null && (id.Length is 0 or > 40 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')))
        {
            throw new InputException($"{face.Name("id")} must be 1 to 40 letters, digits, dots, dashes or underscores (it names the files too), but was '{request.Id}'.");
        }
        var display = Path.GetFileName(request.File);
        var dataset = Read(() => request.Source switch
        {
            "sipri" => ImportDatasets.Sipri(SipriWorkbookImporter.Read(request.File, display), id, published, face),
            "nato" => ImportDatasets.Nato(NatoWorkbookImporter.Read(request.File, display), id, published, cutoff, Definition(request.Definition, face), request.Via, face),
            "weo" => ImportDatasets.Weo(WeoExportImporter.Read(request.File, display), id, published, face),
            _ => throw new InputException($"The source '{request.Source}' is not one NatoSpend imports; use sipri, nato or weo.", InputProblem.NotFound),
        });
        if (dataset.Conflict(target.Folder, target.Entries) is { } conflict)
        {
            throw new InputException(char.ToUpperInvariant(conflict[0]) + conflict[1..], InputProblem.Unanswerable);
        }
        Check(dataset);
        dataset.WriteTo(target.Folder);
        return new Result(ImportAnswer.Of(dataset), dataset);
    }

    private static ImportedDataset Read(Func<ImportedDataset> read)
    {
        try
        {
            return read();
        }
        catch (DataFileException e)
        {
            // The file is the user's input: its refusal is one sentence and a usage error, not a fault of the data folder.
            throw new InputException(e.Problems[0].ToString(), InputProblem.Malformed);
        }
    }

    // The new files are read by the reader that will read them in the folder, in a scratch folder of their own, before the folder changes.
    private static void Check(ImportedDataset dataset)
    {
        var scratch = Directory.CreateTempSubdirectory("natospend-import-");
        try
        {
            System.IO.File.WriteAllText(Path.Combine(scratch.FullName, EditionRegistry.FileName), "{ \"editions\": [] }");
            foreach (var file in dataset.Files)
            {
                var path = Path.Combine(scratch.FullName, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                System.IO.File.WriteAllText(path, file.Content);
            }
            var folder = DataFolder.Open(scratch.FullName);
            var edition = dataset.Entry.Edition;
            _ = dataset.Entry.Kind switch
            {
                EditionKind.Nato => (object)NatoEditionReader.Read(folder, edition),
                EditionKind.Sipri => SipriReader.ReadRelease(folder, edition),
                _ => WeoReader.Read(folder, edition.Files[0], edition.Id),
            };
        }
        catch (DataFileException e)
        {
            throw new InputException($"The imported figures would not read in a data folder, so nothing was written: {e.Problems[0]}", InputProblem.Unanswerable);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static DateOnly? Date(string? text, string key, Face face)
    {
        if (text is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException($"{face.Name(key)} must be a date such as 2026-07-10, but was '{text}'.");
    }

    private static Definition Definition(string? text, Face face) => text?.Trim().ToLowerInvariant() switch
    {
        null or "core" => Domain.Editions.Definition.Core,
        "old" => Domain.Editions.Definition.Old,
        _ => throw new InputException($"{face.Name("definition")} must be core (the Hague basis, 2026 edition on) or old (the 2% guideline), but was '{text}'."),
    };
}
