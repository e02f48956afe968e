using System.Collections.Concurrent;
using NatoSpend.Data.Files;
using NatoSpend.Data.Macro;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Domain.World;

namespace NatoSpend.Data.Editions;

/// <summary>The datasets of one data folder: the registry at once, each edition's figures when first asked for.</summary>
/// <remarks>Thread-safe; each edition is read once.</remarks>
public sealed class DataCatalog
{
    private readonly ConcurrentDictionary<string, Lazy<EditionData>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<MacroOutlook>> _outlooks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<MacroHistory>> _histories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<SipriRelease>> _releases = new(StringComparer.Ordinal);

    private DataCatalog(DataFolder folder, IReadOnlyList<EditionEntry> entries)
    {
        Folder = folder;
        Entries = entries;
    }

    /// <summary>The folder the data comes from.</summary>
    public DataFolder Folder { get; }

    /// <summary>Every dataset in the registry, NATO editions first, newest first.</summary>
    public IReadOnlyList<EditionEntry> Entries { get; }

    /// <summary>The NATO editions, newest first.</summary>
    public IEnumerable<Edition> NatoEditions => Entries.Where(e => e.Kind == EditionKind.Nato).Select(e => e.Edition);

    /// <summary>The newest NATO edition: the default everywhere.</summary>
    public Edition Newest => NatoEditions.First();

    /// <summary>The macro-economic outlooks (IMF WEO vintages), newest first.</summary>
    public IEnumerable<Edition> Outlooks => Entries.Where(e => e.Kind == EditionKind.Weo).Select(e => e.Edition);

    /// <summary>The outlook a user names, or the newest when <paramref name="id"/> is <c>null</c>.</summary>
    /// <exception cref="ArgumentException">No outlook has the id; the message lists those that do.</exception>
    public Edition FindOutlook(string? id)
    {
        var outlooks = Outlooks.ToArray();
        if (outlooks.Length == 0)
        {
            throw new DataFileException(new DataProblem(EditionRegistry.FileName, null, "the registry lists no outlook; projections need at least one entry of kind weo.", "$.editions"));
        }
        if (id is null)
        {
            return outlooks[0];
        }
        return outlooks.FirstOrDefault(e => string.Equals(e.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no outlook '{id}'; the outlooks are {string.Join(", ", outlooks.Select(e => e.Id))} (see 'natospend editions').", nameof(id));
    }

    /// <summary>The GDP projections' outlook a user names (the newest by default), read on first use.</summary>
    /// <exception cref="ArgumentException">No outlook has the id.</exception>
    /// <exception cref="DataFileException">The outlook's file is malformed.</exception>
    public MacroOutlook LoadOutlook(string? id = null)
    {
        var outlook = FindOutlook(id);
        return _outlooks.GetOrAdd(outlook.Id, _ => new Lazy<MacroOutlook>(() => WeoReader.Read(Folder, outlook.Files[0], outlook.Id))).Value;
    }

    /// <summary>The history an outlook holds (real growth, deflator, exchange rate), that the simulation is calibrated on.</summary>
    /// <exception cref="ArgumentException">No outlook has the id.</exception>
    /// <exception cref="DataFileException">The outlook's file is malformed.</exception>
    public MacroHistory LoadHistory(string? id = null)
    {
        var outlook = FindOutlook(id);
        return _histories.GetOrAdd(outlook.Id, _ => new Lazy<MacroHistory>(() => WeoReader.ReadHistory(Folder, outlook.Files[0]))).Value;
    }

    /// <summary>Opens a data folder and reads its registry.</summary>
    /// <exception cref="DataFileException">The folder or its registry is unusable.</exception>
    public static DataCatalog Open(DataFolder folder)
    {
        var entries = EditionRegistry.Read(folder)
            .OrderBy(e => e.Kind)
            .ThenByDescending(e => e.Edition.Published)
            .ToArray();
        if (!entries.Any(e => e.Kind == EditionKind.Nato))
        {
            throw new DataFileException(new DataProblem(EditionRegistry.FileName, null, "the registry lists no NATO edition; add at least one entry of kind nato.", "$.editions"));
        }
        return new DataCatalog(folder, entries);
    }

    /// <summary>The dataset with this id.</summary>
    /// <exception cref="ArgumentException">No dataset has the id; the message lists those that do.</exception>
    public EditionEntry Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Entries.FirstOrDefault(e => string.Equals(e.Edition.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no edition '{id}'; the editions are {string.Join(", ", Entries.Select(e => e.Edition.Id))} (see 'natospend editions').", nameof(id));
    }

    /// <summary>The figures of a dataset, read on first use.</summary>
    /// <exception cref="ArgumentException">No dataset has the id.</exception>
    /// <exception cref="DataFileException">The dataset's files are malformed.</exception>
    public EditionData Load(string id)
    {
        var entry = Find(id);
        if (entry.Kind == EditionKind.Weo)
        {
            throw new ArgumentException($"'{entry.Edition.Id}' is a macro-economic outlook, not defence-spending data; pass it as --outlook, or use one of the editions {string.Join(", ", Entries.Where(e => e.Kind != EditionKind.Weo).Select(e => e.Edition.Id))}.", nameof(id));
        }
        return _loaded.GetOrAdd(entry.Edition.Id, _ => new Lazy<EditionData>(() => entry.Kind == EditionKind.Nato
            ? NatoEditionReader.Read(Folder, entry.Edition)
            : SipriReader.ToEditionData(LoadSipri(entry.Edition.Id)))).Value;
    }

    /// <summary>The SIPRI releases, newest first.</summary>
    public IEnumerable<Edition> SipriReleases => Entries.Where(e => e.Kind == EditionKind.Sipri).Select(e => e.Edition);

    /// <summary>The SIPRI release a user names, or the newest when <paramref name="id"/> is <c>null</c>.</summary>
    /// <exception cref="KeyNotFoundException">No dataset has the id, or the registry lists no SIPRI release; the message lists the releases.</exception>
    /// <exception cref="ArgumentException">The id names a dataset that is not a SIPRI release; the message lists the releases.</exception>
    public Edition FindSipri(string? id)
    {
        var releases = SipriReleases.ToArray();
        var list = releases.Length == 0 ? "the data folder has none; add an entry of kind sipri to editions.json" : "the releases are " + string.Join(", ", releases.Select(e => e.Id));
        if (id is null)
        {
            return releases.Length > 0 ? releases[0] : throw new KeyNotFoundException($"There is no SIPRI release: {list}.");
        }
        var entry = Entries.FirstOrDefault(e => string.Equals(e.Edition.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"There is no SIPRI release '{id}'; {list} (see 'natospend editions').");
        return entry.Kind == EditionKind.Sipri
            ? entry.Edition
            : throw new ArgumentException($"'{id}' is not a SIPRI release but {entry.Edition.Publisher}'s {(entry.Kind == EditionKind.Weo ? "outlook" : "edition")}; {list}.", nameof(id));
    }

    /// <summary>A SIPRI release's figures for every country it ships (the newest release when <paramref name="id"/> is <c>null</c>), read on first use.</summary>
    /// <exception cref="KeyNotFoundException">No SIPRI release has the id.</exception>
    /// <exception cref="ArgumentException">The id names a dataset that is not a SIPRI release.</exception>
    /// <exception cref="DataFileException">The release's files are malformed.</exception>
    public SipriRelease LoadSipri(string? id = null)
    {
        var release = FindSipri(id);
        return _releases.GetOrAdd(release.Id, _ => new Lazy<SipriRelease>(() => SipriReader.ReadRelease(Folder, release))).Value;
    }

    /// <summary>The NATO edition a user names, or the newest when <paramref name="id"/> is <c>null</c>.</summary>
    /// <param name="id">The edition's id, such as 2026.</param>
    /// <param name="sipriHint">Where the user can see SIPRI's data instead (a command or an address), named in the message when they ask for it as an edition.</param>
    /// <exception cref="ArgumentException">No dataset has the id, or it is not a NATO edition.</exception>
    /// <exception cref="DataFileException">The edition's files are malformed.</exception>
    public EditionData LoadNato(string? id, string? sipriHint = null)
    {
        if (id is null)
        {
            return LoadNewest();
        }
        var entry = Find(id);
        if (entry.Kind != EditionKind.Nato)
        {
            var hint = sipriHint is null ? "" : $"{sipriHint}, or ";
            throw new ArgumentException(
                $"'{id}' is not a NATO edition but {entry.Edition.Publisher}'s data, which NatoSpend shows beside NATO's, never in its place; use {hint}one of the NATO editions {string.Join(", ", NatoEditions.Select(e => e.Id))}.", nameof(id));
        }
        return Load(entry.Edition.Id);
    }

    /// <summary>The newest NATO edition's figures.</summary>
    public EditionData LoadNewest() => Load(Newest.Id);
}
