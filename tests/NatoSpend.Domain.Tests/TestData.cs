using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Tests;

/// <summary>The shipped data, read once for the whole test run.</summary>
public static class TestData
{
    private static readonly Lazy<DataCatalog> LazyCatalog = new(() => DataCatalog.Open(DataFolder.Shipped()));

    public static DataCatalog Catalog => LazyCatalog.Value;

    public static EditionData Edition2026 => Catalog.Load("2026");

    public static EditionData Edition2025 => Catalog.Load("2025");

    /// <summary>A copy of the shipped data folder in a fresh temp folder, for tests that break files.</summary>
    public static string CopyOfShippedData()
    {
        var source = Catalog.Folder.Root;
        var target = Path.Combine(Path.GetTempPath(), "natospend-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("sipri/original", StringComparison.Ordinal) || relative.StartsWith("ukraine", StringComparison.Ordinal))
            {
                continue; // large files the broken-data tests do not need
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }
}
