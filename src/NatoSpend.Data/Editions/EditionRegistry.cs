using System.Globalization;
using System.Text.Json;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Editions;

namespace NatoSpend.Data.Editions;

/// <summary>How an edition's files are laid out.</summary>
public enum EditionKind
{
    /// <summary>NATO's tables in the long format of <c>nato/README.md</c>.</summary>
    Nato,
    /// <summary>SIPRI's database in the long format of <c>sipri/README.md</c>.</summary>
    Sipri,
    /// <summary>An IMF World Economic Outlook vintage in the long format of <c>macro/README.md</c>: GDP and exchange rates for projections.</summary>
    Weo,
}

/// <summary>An edition as the registry lists it: its provenance and how to read its files.</summary>
/// <param name="Edition">The provenance.</param>
/// <param name="Kind">The file layout.</param>
public sealed record EditionEntry(Edition Edition, EditionKind Kind);

/// <summary>Reads <c>editions.json</c>, the registry of the datasets in a data folder.</summary>
public static class EditionRegistry
{
    /// <summary>The registry's file name inside a data folder.</summary>
    public const string FileName = "editions.json";

    /// <summary>Reads and checks every entry, reporting every problem with its JSON path.</summary>
    /// <exception cref="DataFileException">The file is not valid JSON or an entry is incomplete.</exception>
    public static IReadOnlyList<EditionEntry> Read(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = folder.PathOf(FileName);
        var (document, _) = JsonInput.Parse(BoundedFile.Read(path, FileName, FileLimits.SmallJson, "registry of editions"), FileName, FileLimits.SmallJson, "registry of editions",
            e => new DataProblem(FileName, (int)(e.LineNumber ?? 0) + 1, $"the file is not valid JSON ({e.Message}); fix the syntax at that line."));

        using (document)
        {
            var problems = new List<DataProblem>();
            var entries = new List<EditionEntry>();
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("editions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new DataFileException(new DataProblem(FileName, null, "the registry must have an 'editions' array of datasets.", "$.editions"));
            }
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new DataProblem(FileName, null, $"each edition must be an object with id, kind, title, publisher, published and files, but was {item.GetRawText()}.", $"$.editions[{index++}]"));
                    continue;
                }
                var reader = new EntryReader(item, $"$.editions[{index++}]", problems);
                var entry = reader.Build(folder);
                if (entry is not null)
                {
                    if (entries.Any(e => e.Edition.Id == entry.Edition.Id))
                    {
                        problems.Add(new DataProblem(FileName, null, $"the id '{entry.Edition.Id}' is listed twice; give each edition its own id.", reader.Path + ".id"));
                    }
                    entries.Add(entry);
                }
            }
            if (problems.Count > 0)
            {
                throw new DataFileException(problems);
            }
            return entries;
        }
    }

    private sealed class EntryReader(JsonElement item, string path, List<DataProblem> problems)
    {
        public string Path => path;

        public EditionEntry? Build(DataFolder folder)
        {
            var before = problems.Count;
            var id = Text("id");
            var kindText = Text("kind");
            var title = Text("title");
            var publisher = Text("publisher");
            var published = Date("published", required: true);
            var cutoff = Date("cutoff", required: false);
            var definitionText = Text("definition");
            var prices = Text("prices");
            var url = Text("url");
            var terms = Text("terms");
            var coverage = Text("coverage");
            // An outlook's file is checked when a projection reads it, so commands that do not project work without it.
            var files = Files(folder, checkExists: kindText != "weo");

            var kind = kindText switch { "nato" => EditionKind.Nato, "sipri" => EditionKind.Sipri, "weo" => EditionKind.Weo, _ => (EditionKind?)null };
            if (kindText is not null && kind is null)
            {
                Problem("kind", $"the kind must be nato, sipri or weo, but was '{kindText}'.");
            }
            var definition = definitionText switch { "core" => Definition.Core, "old" => Definition.Old, "sipri" => Definition.Sipri, "outlook" => Definition.Outlook, _ => (Definition?)null };
            if (definitionText is not null && definition is null)
            {
                Problem("definition", $"the definition must be core, old, sipri or outlook, but was '{definitionText}'.");
            }
            if (kind is { } k && definition is { } d && (k == EditionKind.Weo) != (d == Definition.Outlook))
            {
                Problem("definition", $"an entry of kind weo has the definition outlook, and only it does, but kind '{kindText}' has '{definitionText}'.");
            }
            Uri? uri = null;
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
            {
                Problem("url", $"the url must be an absolute address, but was '{url}'.");
            }
            if (problems.Count > before)
            {
                return null;
            }
            return new EditionEntry(
                new Edition(id!, title!, publisher!, published!.Value, cutoff, definition!.Value, prices!, uri!, terms!, coverage!, files),
                kind!.Value);
        }

        private string? Text(string name)
        {
            if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
            Problem(name, $"'{name}' must be a non-empty string, but was {Describe(name)}.");
            return null;
        }

        private DateOnly? Date(string name, bool required)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Problem(name, $"'{name}' must be a date such as 2026-07-10, but is missing.");
                }
                return null;
            }
            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Problem(name, $"'{name}' must be a date such as 2026-07-10, but was {Describe(name)}.");
            return null;
        }

        private string[] Files(DataFolder folder, bool checkExists)
        {
            if (!item.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array || files.GetArrayLength() == 0)
            {
                Problem("files", "'files' must be a non-empty array of paths relative to the data folder.");
                return [];
            }
            var result = new List<string>();
            var i = 0;
            foreach (var file in files.EnumerateArray())
            {
                var text = file.ValueKind == JsonValueKind.String ? file.GetString() : null;
                if (text is null || System.IO.Path.IsPathRooted(text) || text.Contains("..", StringComparison.Ordinal))
                {
                    Problem($"files[{i}]", $"each file must be a path inside the data folder, but was {file.GetRawText()}.");
                }
                else if (checkExists && !File.Exists(folder.PathOf(text)))
                {
                    Problem($"files[{i}]", $"the file '{text}' does not exist in the data folder; add it or remove it from the list.");
                }
                else
                {
                    result.Add(text);
                }
                i++;
            }
            return [.. result];
        }

        private string Describe(string name) => item.TryGetProperty(name, out var value) ? value.GetRawText() : "missing";

        private void Problem(string name, string message) => problems.Add(new DataProblem(FileName, null, message, $"{path}.{name}"));
    }
}
