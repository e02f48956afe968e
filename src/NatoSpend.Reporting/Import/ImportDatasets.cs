using System.Globalization;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Import;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Inputs;

namespace NatoSpend.Reporting.Import;

/// <summary>The registry entry and file names of an imported release, edition or vintage, with its provenance as the shipped ones state it.</summary>
internal static class ImportDatasets
{
    private const string NatoTerms = "NATO publishes the tables without an open licence and asks users to credit NATO and not to sell the content.";
    private const string ImfTerms = "IMF Copyright and Usage (https://www.imf.org/external/terms.htm): the data may be reused with attribution to the IMF.";

    public static ImportedDataset Sipri(SipriWorkbook book, string? id, DateOnly? published, Face face)
    {
        id ??= string.Create(CultureInfo.InvariantCulture, $"sipri-{book.LastYear}");
        var stem = id.StartsWith("sipri-", StringComparison.OrdinalIgnoreCase) ? id[6..] : id;
        var data = $"sipri/sipri_milex_{stem}_release.csv";
        var terms = book.Copyright is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"The workbook says (c) SIPRI {year} and asks to be cited as the source; no open licence is stated.")
            : "The workbook states no licence; cite SIPRI as the source.";
        var edition = new Edition(id,
            string.Create(CultureInfo.InvariantCulture, $"SIPRI Military Expenditure Database, {book.LastYear} release (data {book.FirstYear}-{book.LastYear}), file {book.FileName}"),
            "SIPRI", Published(published, book.Modified, "SIPRI's release date, such as 2026-04-27", face), null, Definition.Sipri,
            string.Create(CultureInfo.InvariantCulture, $"current prices; constant {book.ConstantBase} USD"), new Uri("https://www.sipri.org/databases/milex"), terms,
            string.Create(CultureInfo.InvariantCulture, $"Share of GDP, spending in current and constant ({book.ConstantBase}) USD, local currency, per capita and share of government spending for {book.Countries} countries and predecessor states, {book.FirstYear}-{book.LastYear}; imported from {book.FileName} with natospend import sipri."),
            [data]);
        return new ImportedDataset(new EditionEntry(edition, EditionKind.Sipri),
        [
            new ImportedFile(data, book.Data, book.Rows),
            new ImportedFile($"sipri/sipri_milex_{stem}_release_footnotes.csv", book.Footnotes, book.FootnoteRows),
        ]);
    }

    public static ImportedDataset Nato(NatoWorkbook book, string? id, DateOnly? published, DateOnly? cutoff, Definition definition, string? via, Face face)
    {
        id ??= book.LastYear.ToString(CultureInfo.InvariantCulture);
        var date = Published(published, book.Modified, "NATO's publication date, such as 2026-07-10", face);
        var file = $"nato/nato_defexp_{id}_edition.csv";
        var years = string.Create(CultureInfo.InvariantCulture, $"{book.FirstYear}-{book.LastYear}");
        var sourceEdition = string.Create(CultureInfo.InvariantCulture, $"{book.LastYear} edition ({years}), {date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}");
        var edition = new Edition(id, $"Defence Expenditure of NATO Countries ({years})", "NATO", date, cutoff, definition,
            "current and constant 2021 prices; share of real GDP at 2021 prices",
            new Uri("https://www.nato.int/en/what-we-do/introduction-to-nato/defence-expenditures-and-natos-5-commitment"), NatoTerms, "", [file]);
        var estimates = book.Figures.Where(f => f.Estimate).Select(f => f.Year).Distinct().Order().ToArray();
        var allies = book.Figures.Select(f => f.Code).Where(c => !c.StartsWith("NATO_", StringComparison.Ordinal)).Distinct().Count();
        edition = edition with
        {
            Coverage = string.Create(CultureInfo.InvariantCulture,
                $"Tables 1, 2, 3, 5, 6, 7, 8a and 8b for {allies} allies and NATO's two aggregates, {years}{(estimates.Length > 0 ? $" ({string.Join(" and ", estimates)} estimates)" : "")}; imported from {book.FileName} with natospend import nato."),
        };
        var csv = book.Csv(sourceEdition, edition.DefinitionLabel, string.IsNullOrWhiteSpace(via) ? book.FileName : via.Trim());
        return new ImportedDataset(new EditionEntry(edition, EditionKind.Nato), [new ImportedFile(file, csv, book.Figures.Count)]);
    }

    public static ImportedDataset Weo(WeoExport export, string? id, DateOnly? published, Face face)
    {
        var month = new DateOnly(export.Year, export.Month, 1);
        var stem = month.ToString("MMMyyyy", CultureInfo.InvariantCulture).ToLowerInvariant();
        var file = id is null ? $"macro/imf_weo_{stem}.csv" : $"macro/imf_{id}.csv";
        id ??= month.ToString("'weo-'yyyy-MM", CultureInfo.InvariantCulture);
        var date = published ?? throw new InputException(
            $"A WEO export does not say when the IMF published it; pass {face.Name("published")} with the IMF's release date, such as {face.Example("published", "2026-10-13")}.");
        var edition = new Edition(id, $"World Economic Outlook database, {month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}", "IMF", date, null, Definition.Outlook,
            "current and constant national prices; GDP in current USD",
            new Uri($"https://www.imf.org/en/Publications/WEO/weo-database/{month.ToString("yyyy'/'MMMM", CultureInfo.InvariantCulture)}"), ImfTerms,
            string.Create(CultureInfo.InvariantCulture, $"{export.Indicators} indicators for {export.Countries} countries (the allies and RUS, CHN, UKR, JPN, AUS, KOR), {WeoExportImporter.FirstYear}-{export.LastYear}; imported from {export.FileName} with natospend import weo."),
            [file]);
        return new ImportedDataset(new EditionEntry(edition, EditionKind.Weo), [new ImportedFile(file, export.Csv, export.Rows)]);
    }

    private static DateOnly Published(DateOnly? given, DateTime? saved, string example, Face face) =>
        given ?? (saved is { } s ? DateOnly.FromDateTime(s) : throw new InputException(
            $"The workbook does not say when it was saved; pass {face.Name("published")} with {example}."));
}
