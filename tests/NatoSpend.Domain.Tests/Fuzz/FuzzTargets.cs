using NatoSpend.Data.Editions;
using NatoSpend.Data.Eu;
using NatoSpend.Data.Files;
using NatoSpend.Data.Import;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Rules;
using NatoSpend.Data.Simulation;
using NatoSpend.Data.Ukraine;
using NatoSpend.Tests.Simulation;

namespace NatoSpend.Tests.Fuzz;

/// <summary>A reader under fuzzing: where its corpus is, where a mutated file goes in a data folder, and how the reader is called on it.</summary>
/// <param name="Name">The corpus folder's name, under <c>Fuzz/corpus/</c>.</param>
/// <param name="PathIn">Where the file goes in the data folder, given the seed's file name.</param>
/// <param name="Read">Calls the reader on the data folder and the file's path in it.</param>
public sealed record FuzzTarget(string Name, Func<string, string> PathIn, Action<DataFolder, string, string> Read)
{
    /// <summary>Every reader of a file a user can hand NatoSpend.</summary>
    public static readonly IReadOnlyList<FuzzTarget> All =
    [
        // The seed's own name is kept, so that a plan names its ally by its file name as the shipped ones do.
        new("plans-csv", seed => seed, (_, path, shown) => PlanReader.ReadFile(path, shown)),
        new("plans-json", seed => seed, (_, path, shown) => PlanReader.ReadFile(path, shown)),
        new("rules", seed => seed, (_, path, shown) => RuleSetReader.ReadFile(path, shown)),
        new("parameters", seed => seed, (_, path, _) => ParameterFileReader.Apply(path, SimulationFixtures.Calibrated)),
        new("nato", seed => $"nato/{seed}", (folder, _, shown) => NatoEditionReader.Read(folder, EditionFor(shown, shown.Contains("2024", StringComparison.Ordinal) ? "2024" : "2026"))),
        new("sipri", seed => $"sipri/{seed}", (folder, _, shown) => SipriReader.Read(folder, EditionFor(shown, "sipri-2024"))),
        new("kiel", _ => KielReader.MonthlyFile, (folder, _, _) => KielReader.Read(folder)),
        new("weo", seed => $"macro/{seed}", (folder, _, shown) =>
        {
            WeoReader.Read(folder, shown);
            WeoReader.ReadHistory(folder, shown);
            WeoLensReader.Read(folder, shown);
        }),
        new("weo-fiscal", seed => $"macro/{seed}", (folder, _, shown) => WeoFiscalReader.Read(folder, shown, "weo-fuzz")),
        // Both EU fact tables are read together, so the reader runs once both seeds are in place (the seeds keep the shipped files' names).
        new("eu", seed => $"eu/{seed}", (folder, _, _) =>
        {
            if (File.Exists(folder.PathOf(EuFactsReader.EscapeClauseFile)) && File.Exists(folder.PathOf(EuFactsReader.SafeFile)))
            {
                EuFactsReader.Read(folder);
            }
        }),
        // The importers of publishers' own files (natospend import): a workbook or an export, read as the user gives it.
        new("import-sipri", seed => seed, (_, path, shown) => SipriWorkbookImporter.Read(path, shown)),
        new("import-nato", seed => seed, (_, path, shown) => NatoWorkbookImporter.Read(path, shown)),
        new("import-weo", seed => seed, (_, path, shown) => WeoExportImporter.Read(path, shown)),
        // The same workbooks unpacked, so that mutations reach the sheets' XML rather than the zip's checksums.
        new("import-xlsx-parts", seed => seed, (_, path, shown) =>
        {
            var workbook = XlsxParts.Pack(path);
            if (shown.StartsWith("def-exp", StringComparison.Ordinal))
            {
                NatoWorkbookImporter.Read(workbook, shown);
            }
            else
            {
                SipriWorkbookImporter.Read(workbook, shown);
            }
        }),
        new("wb-personnel", _ => WorldBankPersonnelReader.File, (folder, _, _) => WorldBankPersonnelReader.Read(folder)),
    ];

    /// <summary>The corpus folder in the repository.</summary>
    public string Corpus => System.IO.Path.Combine(Repository.Root, "tests", "NatoSpend.Domain.Tests", "Fuzz", "corpus", Name);

    /// <summary>The seeds, with their file names.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Seeds() =>
        [.. Directory.EnumerateFiles(Corpus).Order(StringComparer.Ordinal).Select(f => (System.IO.Path.GetFileName(f), File.ReadAllBytes(f)))];

    /// <inheritdoc/>
    public override string ToString() => Name;

    // A shipped edition's provenance, with the fuzzed file as its only file.
    private static NatoSpend.Domain.Editions.Edition EditionFor(string file, string id) => TestData.Catalog.Find(id).Edition with { Files = [file] };
}
