using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Data.Import;

/// <summary>A file an import writes, relative to the data folder.</summary>
/// <param name="Path">The path inside the data folder, with forward slashes (<c>sipri/sipri_milex_2026_release.csv</c>).</param>
/// <param name="Content">The file's text (UTF-8, <c>\n</c> line endings).</param>
/// <param name="Rows">Its data rows, without the header.</param>
public sealed record ImportedFile(string Path, string Content, int Rows);

/// <summary>What an import adds to a data folder: its files, and the registry entry that lists the first of them.</summary>
/// <param name="Entry">The new edition, release or vintage, with its provenance.</param>
/// <param name="Files">The files to write.</param>
public sealed record ImportedDataset(EditionEntry Entry, IReadOnlyList<ImportedFile> Files)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Why the dataset cannot be added to a folder (its id is registered, or one of its files exists), or <c>null</c> when it can.</summary>
    /// <remarks>An import never overwrites: the folder's existing files and entries are the vintages users have cited.</remarks>
    public string? Conflict(DataFolder folder, IReadOnlyList<EditionEntry> registered)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(registered);
        var id = Entry.Edition.Id;
        if (registered.FirstOrDefault(e => string.Equals(e.Edition.Id, id, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            return $"the data folder already registers '{existing.Edition.Id}' ({existing.Edition.Title}) in editions.json, and an import never replaces an edition: pass --id with a new id, such as {id}-2.";
        }
        if (Files.FirstOrDefault(f => File.Exists(folder.PathOf(f.Path)) || Directory.Exists(folder.PathOf(f.Path))) is { } file)
        {
            return $"the data folder already has the file '{file.Path}', and an import never overwrites a file: pass --id with a new id, or move that file away.";
        }
        return null;
    }

    /// <summary>Writes the files (each created new, never over an existing one) and then adds the entry to <c>editions.json</c>.</summary>
    /// <remarks>If the registry cannot be written, the files just written are removed again, so the folder is as it was.</remarks>
    /// <exception cref="IOException">A file appeared meanwhile, or the disk is full.</exception>
    public void WriteTo(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var registry = folder.PathOf(EditionRegistry.FileName);
        var updated = WithEntry(File.ReadAllText(registry, Encoding.UTF8));
        var written = new List<string>();
        try
        {
            foreach (var file in Files)
            {
                var path = folder.PathOf(file.Path);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    written.Add(path);
                    stream.Write(Encoding.UTF8.GetBytes(file.Content));
                }
            }
            // The registry is replaced whole, from a temporary file beside it, so that a reader never sees half of it.
            var temporary = registry + ".import-" + Guid.NewGuid().ToString("N")[..8];
            File.WriteAllText(temporary, updated, new UTF8Encoding(false));
            File.Move(temporary, registry, overwrite: true);
        }
        catch
        {
            foreach (var path in written)
            {
                File.Delete(path);
            }
            throw;
        }
    }

    /// <summary>The registry's text with the entry added: after the entries of its kind that are newer, before the rest.</summary>
    public string WithEntry(string registryJson)
    {
        var root = JsonNode.Parse(registryJson) as JsonObject ?? throw new JsonException("The registry is not a JSON object.");
        var list = root["editions"] as JsonArray ?? throw new JsonException("The registry has no 'editions' array.");
        var kind = KindName(Entry.Kind);
        var published = Entry.Edition.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sameKind = Enumerable.Range(0, list.Count).Where(i => Text(list[i], "kind") == kind).ToArray();
        // Newest first within a kind, as the shipped registry lists them.
        int? older = sameKind.Select(i => (int?)i).FirstOrDefault(i => string.CompareOrdinal(Text(list[i!.Value], "published"), published) <= 0);
        var at = older ?? (sameKind.Length > 0 ? sameKind[^1] + 1 : list.Count);
        list.Insert(at, ToJson());
        return root.ToJsonString(Indented) + "\n";
    }

    private static string? Text(JsonNode? entry, string name) =>
        entry is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private JsonObject ToJson()
    {
        var e = Entry.Edition;
        return new JsonObject
        {
            ["id"] = e.Id,
            ["kind"] = KindName(Entry.Kind),
            ["title"] = e.Title,
            ["publisher"] = e.Publisher,
            ["published"] = e.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["cutoff"] = e.CutOff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["definition"] = e.Definition switch { Definition.Core => "core", Definition.Old => "old", Definition.Sipri => "sipri", _ => "outlook" },
            ["prices"] = e.Prices,
            ["url"] = e.Url.ToString(),
            ["terms"] = e.Terms,
            ["coverage"] = e.Coverage,
            ["files"] = new JsonArray([.. e.Files.Select(f => (JsonNode?)JsonValue.Create(f))]),
        };
    }

    private static string KindName(EditionKind kind) => kind switch
    {
        EditionKind.Nato => "nato",
        EditionKind.Sipri => "sipri",
        _ => "weo",
    };
}
