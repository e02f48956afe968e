namespace NatoSpend.Data.Files;

/// <summary>
/// The largest file each reader accepts, and how many problems a refusal lists per file. A file beyond its limit is refused
/// before it is parsed, so that a wrong path (a disk image, <c>/dev/zero</c>) costs a second, not the machine's memory.
/// </summary>
/// <remarks>The limits are far above the shipped files (listed in data/README.md), so that a real file never meets them.</remarks>
public static class FileLimits
{
    private const int MiB = 1024 * 1024;

    /// <summary>A plan, CSV or JSON: 1 MiB (a shipped plan is under 2 KB).</summary>
    public const int Plan = 1 * MiB;

    /// <summary>A rule set: 1 MiB (a shipped one is under 4 KB).</summary>
    public const int RuleSet = 1 * MiB;

    /// <summary>A simulation-parameter file: 1 MiB.</summary>
    public const int Parameters = 1 * MiB;

    /// <summary>The registry of editions (<c>editions.json</c>) and a unit-cost file: 1 MiB each.</summary>
    public const int SmallJson = 1 * MiB;

    /// <summary>A NATO edition's CSV file: 16 MiB (the largest shipped is 1.5 MB).</summary>
    public const int NatoEdition = 16 * MiB;

    /// <summary>A SIPRI release's CSV file: 32 MiB (the shipped one is 3.9 MB).</summary>
    public const int Sipri = 32 * MiB;

    /// <summary>Kiel's monthly tracker file: 16 MiB (the shipped one is 1.9 MB).</summary>
    public const int Kiel = 16 * MiB;

    /// <summary>An IMF WEO extract: 64 MiB (the shipped ones are 6 to 6.5 MB).</summary>
    public const int Weo = 64 * MiB;

    /// <summary>A publisher's workbook given to <c>natospend import</c> (SIPRI's, NATO's): 32 MiB (SIPRI's is 0.9 MB).</summary>
    public const int Workbook = 32 * MiB;

    /// <summary>The IMF's full WEO database export given to <c>natospend import weo</c>: 128 MiB (the IMF's files are 20 to 40 MB, in UTF-16).</summary>
    public const int WeoExport = 128 * MiB;

    /// <summary>The longest row of any CSV file: 1 MiB (the longest shipped row is under 7 KB); a longer one is almost always a quote never closed.</summary>
    public const int LongestRow = 1 * MiB;

    /// <summary>The problems listed per file; beyond them, one line counts the rest.</summary>
    public const int ProblemsPerFile = 50;

    /// <summary>A size in bytes as people read it: <c>1 MiB</c>, <c>16 MiB</c>.</summary>
    public static string Describe(long bytes) => bytes % MiB == 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / MiB} MiB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes} bytes");
}
