using System.Globalization;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Export.Citations;

/// <summary>A ready-to-paste citation of the figures a view uses: the source, edition, tables and date of the published ones, and "calculated by NatoSpend" for the derived ones.</summary>
public static class Citation
{
    // The NATO table each published column of NatoSpend's reports comes from (MetricInfo names the rest by file name).
    private static readonly Dictionary<string, string> TableOfColumn = new(StringComparer.Ordinal)
    {
        ["share"] = "Table 3",
        ["real_change_pct"] = "Table 3",
        ["spending_natcur_m"] = "Table 1",
        ["spending_usd_m"] = "Table 2",
        ["per_capita_usd_2021"] = "Table 6",
        ["equipment_share_pct"] = "Table 8a",
        ["personnel_thousands"] = "Table 7",
        ["nato_published_share"] = "Table 3",
    };

    /// <summary>The citation as lines: one for the published source, one for the derived values, one for each further source.</summary>
    /// <param name="tables">The tables the view shows.</param>
    /// <param name="sources">What the view is and where it comes from.</param>
    public static IReadOnlyList<string> Lines(IReadOnlyList<ReportTable> tables, ExportSources sources)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(sources);
        var columns = tables.SelectMany(t => t.Columns).DistinctBy(c => c.Key).ToArray();
        var lines = new List<string>();
        if (sources.Edition is { } edition)
        {
            lines.Add(Published(edition, columns.Where(c => c.Provenance == Provenance.Published).ToArray()));
        }
        var derived = columns.Where(c => c.Provenance == Provenance.Derived).Select(c => c.Title).ToArray();
        if (derived.Length > 0)
        {
            lines.Add($"Derived values ({string.Join("; ", derived)}): calculated by {ExportSources.Tool} from the published figures{(sources.Edition is null ? "" : " above")}, not published by the source; made with: {sources.Command}");
        }
        else
        {
            lines.Add($"Extracted with {ExportSources.Tool}: {sources.Command}");
        }
        lines.AddRange(sources.OtherSources);
        return lines;
    }

    /// <summary>The line citing an edition and the tables of the published columns.</summary>
    public static string Published(Edition edition, IReadOnlyList<ReportColumn> published)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(published);
        var tables = published
            .Select(c => TableOfColumn.GetValueOrDefault(c.Key) ?? MetricInfo.FindByFileName(c.Key)?.Table)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var untabled = published.Where(c => !TableOfColumn.ContainsKey(c.Key) && MetricInfo.FindByFileName(c.Key) is null).Select(c => c.Title).ToArray();
        var what = (tables.Length, untabled.Length) switch
        {
            (> 0, 0) => string.Join(", ", tables),
            (> 0, _) => string.Join(", ", tables) + "; " + string.Join(", ", untabled),
            (0, > 0) => string.Join(", ", untabled),
            // A view of derived figures only (paths, gaps at the deadline) rests on the shares and GDP of the base year.
            _ => "Table 3 (share of GDP) and Table 5 (GDP), the base of the derived figures",
        };
        var cutOff = edition.CutOff is { } c ? string.Create(CultureInfo.InvariantCulture, $" (information cut-off {c:yyyy-MM-dd})") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{edition.Publisher} ({edition.Published:yyyy}). {edition.Title}, edition {edition.Id}, published {edition.Published:yyyy-MM-dd}{cutOff}: {what}. Definition: {edition.DefinitionLabel}; prices: {edition.Prices}. {edition.Url}");
    }
}
