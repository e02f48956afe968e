using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Allies;

namespace NatoSpend.Data.Import;

/// <summary>An IMF WEO full-database export, read into the long format of <c>macro/README.md</c>.</summary>
/// <param name="FileName">The export's file name.</param>
/// <param name="Vintage">The vintage ("WEO April 2026"), from the export's closing line or its file name.</param>
/// <param name="Year">The vintage's year.</param>
/// <param name="Month">The vintage's month (4 for April, 10 for October).</param>
/// <param name="LastYear">The last year of the data.</param>
/// <param name="Csv">The long-format file.</param>
/// <param name="Rows">Its rows.</param>
/// <param name="Countries">The countries with at least one row.</param>
/// <param name="Indicators">The indicators with at least one row.</param>
public sealed record WeoExport(string FileName, string Vintage, int Year, int Month, int LastYear, string Csv, int Rows, int Countries, int Indicators);

/// <summary>
/// Reads the IMF's World Economic Outlook full-database export (<c>WEOApr2026all.xls</c>: tab-separated text despite its name,
/// UTF-16 or UTF-8 or Latin-1, a row per country and subject, years in columns, "Estimates Start After" last) into the long
/// format of the shipped vintages: the 38 countries and 26 subjects they carry, years from 1990, values as published with
/// the thousands separators removed, and each year's status from "Estimates Start After".
/// </summary>
public static partial class WeoExportImporter
{
    /// <summary>The export's columns before the years, in order.</summary>
    public static readonly IReadOnlyList<string> LeadingColumns =
        ["WEO Country Code", "ISO", "WEO Subject Code", "Country", "Subject Descriptor", "Subject Notes", "Units", "Scale", "Country/Series-specific Notes"];

    /// <summary>The column after the years.</summary>
    public const string EstimatesStartAfter = "Estimates Start After";

    /// <summary>The subjects the shipped vintages carry (<c>macro/README.md</c>).</summary>
    public static readonly IReadOnlyList<string> Subjects =
    [
        "BCA_NGDPD", "GGR_NGDP", "GGSB_NPGDP", "GGX", "GGXCNL", "GGXCNL_NGDP", "GGXONLB_NGDP", "GGXWDG", "GGXWDG_NGDP", "GGXWDN_NGDP", "GGX_NGDP",
        "LP", "LUR", "NGAP_NPGDP", "NGDP", "NGDPD", "NGDPDPC", "NGDP_D", "NGDP_R", "NGDP_RPCH", "PCPI", "PCPIE", "PCPIEPCH", "PCPIPCH", "PPPEX", "PPPGDP",
    ];

    /// <summary>The countries beside the allies that the shipped vintages carry.</summary>
    public static readonly IReadOnlyList<string> ContextCountries = ["RUS", "CHN", "UKR", "JPN", "AUS", "KOR"];

    /// <summary>The first year kept, as in the shipped vintages.</summary>
    public const int FirstYear = 1990;

    private const string Source = "IMF World Economic Outlook database (by countries)";

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Reads an export.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How it is named in messages.</param>
    /// <exception cref="DataFileException">The file is too large, not text, or its layout is not the IMF's: one problem naming the line and column.</exception>
    public static WeoExport Read(string path, string display)
    {
        var text = Decode(BoundedFile.Read(path, display, FileLimits.WeoExport, "WEO export"));
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var header = lines[0].Split('\t');
        for (var i = 0; i < LeadingColumns.Count; i++)
        {
            var found = i < header.Length ? header[i].Trim() : null;
            if (found != LeadingColumns[i])
            {
                throw Layout(display, 1, i + 1, $"the column '{LeadingColumns[i]}'", found);
            }
        }
        var years = new List<(int Column, int Year)>();
        var column = LeadingColumns.Count;
        for (; column < header.Length && int.TryParse(header[column].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year); column++)
        {
            if (year is < 1900 or > 2100 || (years.Count > 0 && year != years[^1].Year + 1))
            {
                throw Layout(display, 1, column + 1, years.Count > 0 ? $"the year {years[^1].Year + 1}, after the year before it" : "the first year, such as 1980", header[column]);
            }
            years.Add((column, year));
        }
        if (years.Count == 0 || column >= header.Length || header[column].Trim() != EstimatesStartAfter)
        {
            throw Layout(display, 1, column + 1, years.Count == 0 ? "the first year, such as 1980" : $"the column '{EstimatesStartAfter}' after the last year", column < header.Length ? header[column] : null);
        }
        var estimatesColumn = column;

        var keep = new HashSet<string>(AllyRegistry.All.Select(a => a.Code.Value).Concat(ContextCountries), StringComparer.Ordinal);
        var subjects = new HashSet<string>(Subjects, StringComparer.Ordinal);
        var rows = new List<string[]>();
        var seen = new Dictionary<(string, string), int>();
        string? closing = null;
        for (var n = 1; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length == 1)
            {
                closing ??= fields[0].Trim(); // the IMF closes the file with a line naming the database and vintage
                continue;
            }
            if (fields.Length <= estimatesColumn)
            {
                throw Layout(display, n + 1, fields.Length + 1, $"{estimatesColumn + 1} tab-separated fields, as the header has", null);
            }
            var (iso, subject) = (fields[1].Trim(), fields[2].Trim());
            if (!keep.Contains(iso) || !subjects.Contains(subject))
            {
                continue;
            }
            if (!seen.TryAdd((iso, subject), n + 1))
            {
                throw Layout(display, n + 1, 3, $"one row for {iso} {subject} (the first is on line {seen[(iso, subject)]})", subject);
            }
            var unit = Unit(fields[6].Trim(), fields[7].Trim());
            var descriptor = fields[4].Trim();
            var lastActual = fields[estimatesColumn].Trim();
            var marked = int.TryParse(lastActual, NumberStyles.None, CultureInfo.InvariantCulture, out var lastActualYear);
            foreach (var (at, year) in years)
            {
                var value = fields[at].Trim();
                if (year < FirstYear || value.Length == 0 || value is "n/a" or "--" or "NA")
                {
                    continue;
                }
                var number = value.Replace(",", "", StringComparison.Ordinal);
                if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    throw Layout(display, n + 1, at + 1, $"{iso} {subject} {year.ToString(CultureInfo.InvariantCulture)} as a number (or n/a)", value);
                }
                var status = !marked ? "not_marked_in_source" : year <= lastActualYear ? "historical" : "estimate_or_projection";
                rows.Add([iso, year.ToString(CultureInfo.InvariantCulture), subject, number, unit, Source, "", status, descriptor]);
            }
        }
        var (vintageYear, vintageMonth) = VintageOf(closing, Path.GetFileName(path), display);
        var vintage = $"WEO {Months[vintageMonth - 1]} {vintageYear.ToString(CultureInfo.InvariantCulture)}";
        if (rows.Count == 0)
        {
            throw new DataFileException(new DataProblem(display, null, "the export has no figure for the allies or for RUS, CHN, UKR, JPN, AUS and KOR in the subjects NatoSpend reads (NGDP, NGDP_R, NGDPD and the others of macro/README.md); check that it is the IMF's 'by countries' export of the whole database."));
        }
        rows.Sort((a, b) =>
        {
            var order = string.CompareOrdinal(a[0], b[0]);
            order = order != 0 ? order : string.CompareOrdinal(a[2], b[2]);
            return order != 0 ? order : string.CompareOrdinal(a[1], b[1]);
        });
        var csv = new StringBuilder(rows.Count * 160).Append("iso3,year,indicator,value,unit,source,vintage,status,subject_descriptor\n");
        foreach (var row in rows)
        {
            row[6] = vintage;
            ImportText.AppendRow(csv, row);
        }
        return new WeoExport(Path.GetFileName(path), vintage, vintageYear, vintageMonth, rows.Max(r => int.Parse(r[1], CultureInfo.InvariantCulture)),
            csv.ToString(), rows.Count, rows.Select(r => r[0]).Distinct().Count(), rows.Select(r => r[2]).Distinct().Count());
    }

    /// <summary>The unit as the shipped vintages label it: the IMF's Units, then its Scale where it scales ("National currency, billions").</summary>
    public static string Unit(string units, string scale) => scale.Length == 0 || scale == "Units" ? units : units + ", " + scale.ToLowerInvariant();

    private static (int Year, int Month) VintageOf(string? closing, string fileName, string display)
    {
        if (closing is not null && ClosingLine().Match(closing) is { Success: true } c)
        {
            return (int.Parse(c.Groups[2].ValueSpan, CultureInfo.InvariantCulture), Array.IndexOf(Months, c.Groups[1].Value) + 1);
        }
        if (FileName().Match(fileName) is { Success: true } f)
        {
            var month = Array.FindIndex(Months, m => m.StartsWith(f.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            return (int.Parse(f.Groups[2].ValueSpan, CultureInfo.InvariantCulture), month);
        }
        throw new DataFileException(new DataProblem(display, null,
            "the export does not say its vintage: neither its closing line ('International Monetary Fund, World Economic Outlook Database, April 2026') nor its file name (WEOApr2026all.xls) names one; keep the IMF's file name."));
    }

    private static DataFileException Layout(string display, int line, int column, string expected, string? found) =>
        new(new DataProblem(display, line, $"column {column.ToString(CultureInfo.InvariantCulture)}: expected {expected}, but found {(string.IsNullOrEmpty(found) ? "nothing" : $"'{ImportText.Quote(found)}'")}; the importer reads the IMF's full-database export (tab-separated, as the IMF publishes it) as data/README.md describes it."));

    // The IMF has published the export as UTF-16 with a byte-order mark, and before that in a Windows code page.
    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]) || bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    [GeneratedRegex(@"World Economic Outlook Database, (January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d\d)")]
    private static partial Regex ClosingLine();

    [GeneratedRegex(@"^WEO(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)((?:19|20)\d\d)all", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();
}
