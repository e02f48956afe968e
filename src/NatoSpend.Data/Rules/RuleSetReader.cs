using System.Globalization;
using System.Text.Json;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Rules;

namespace NatoSpend.Data.Rules;

/// <summary>Reads rule-set files (<c>data/rules/*.json</c>, schema in <c>data/rules/README.md</c>), reporting every problem with its JSON path and value.</summary>
public static class RuleSetReader
{
    /// <summary>The folder of the shipped rule sets, relative to the data folder.</summary>
    public const string Folder = "rules";

    /// <summary>The rule set used when the user names none.</summary>
    public const string DefaultId = "hague-2025";

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
    {
        "$comment", "id", "title", "status", "source", "url", "adopted", "coreTarget", "totalTarget", "relatedCap", "deadline",
        "floorFrom", "reviewYear", "minAnnualStepPp", "allyTargets", "ukraineContributionsCount", "equipmentSharePct",
        "paths", "checks",
    };

    // Members a rule file may look as if it sets but that change no result: refused, so that no one believes they act.
    private static readonly Dictionary<string, string> Unused = new(StringComparer.Ordinal)
    {
        ["annualPlans"] = "no check or path depends on whether allies submit annual plans",
        ["$schema"] = "no JSON schema ships with NatoSpend (the schema is data/rules/README.md)",
    };

    private static readonly HashSet<string> PathMembers = new(StringComparer.Ordinal) { "defaultShape", "frontLoadFraction" };

    private static readonly HashSet<string> CheckMembers = new(StringComparer.Ordinal)
    {
        "noDecline", "everyYearPresent", "jumpTolerancePp", "backLoadingMinProgress", "maxRealGrowthPct", "maxRealGrowthRunYears",
    };

    /// <summary>The ids of the rule sets shipped in a data folder, sorted.</summary>
    public static IReadOnlyList<string> ShippedIds(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var dir = folder.PathOf(Folder);
        return Directory.Exists(dir)
            ? [.. Directory.EnumerateFiles(dir, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>A shipped rule set by id (<c>hague-2025</c>), or a user's file by path (anything ending in <c>.json</c> or naming an existing file).</summary>
    /// <exception cref="ArgumentException">The text is neither a shipped id nor a file; the message lists the ids.</exception>
    /// <exception cref="DataFileException">The file is not a valid rule set; every problem is listed.</exception>
    public static RuleSet Load(DataFolder folder, string idOrFile)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(idOrFile);
        var text = idOrFile.Trim();
        if (File.Exists(text))
        {
            return ReadFile(text, text);
        }
        var shipped = folder.PathOf(Path.Combine(Folder, text.ToLowerInvariant() + ".json"));
        if (text.Length > 0 && Directory.Exists(text) && !File.Exists(shipped))
        {
            throw new ArgumentException($"The rule file '{text}' is a folder; pass the path of a JSON rule set (such as one in that folder) or one of the ids {string.Join(", ", ShippedIds(folder))}.", nameof(idOrFile));
        }
        if (text.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The rule file '{text}' does not exist; pass the path of a JSON rule set or one of the ids {string.Join(", ", ShippedIds(folder))}.", nameof(idOrFile));
        }
        return File.Exists(shipped)
            ? ReadFile(shipped, $"{Folder}/{text.ToLowerInvariant()}.json")
            : throw new ArgumentException($"There is no rule set '{text}'; use one of {string.Join(", ", ShippedIds(folder))} or the path of your own JSON file.", nameof(idOrFile));
    }

    /// <summary>A shipped rule set by id only, never a file: for callers that must not read a path a user gives, such as the REST API.</summary>
    /// <exception cref="ArgumentException">The id names no shipped rule set; the message lists the ids.</exception>
    /// <exception cref="DataFileException">The shipped file is not a valid rule set.</exception>
    public static RuleSet LoadShipped(DataFolder folder, string id)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(id);
        var ids = ShippedIds(folder);
        var match = ids.FirstOrDefault(i => string.Equals(i, id.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no rule set '{id}'; use one of {string.Join(", ", ids)}.", nameof(id));
        return ReadFile(folder.PathOf(Path.Combine(Folder, match + ".json")), $"{Folder}/{match}.json");
    }

    /// <summary>Reads one rule-set file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <exception cref="DataFileException">The file is not a valid rule set; every problem is listed with its JSON path and value.</exception>
    public static RuleSet ReadFile(string path, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(display);
        return Parse(BoundedFile.Read(path, display, FileLimits.RuleSet, "rule file"), display);
    }

    /// <summary>Parses a rule set from JSON bytes.</summary>
    /// <exception cref="DataFileException">The JSON is not a valid rule set (or not UTF-8, or larger than <see cref="FileLimits.RuleSet"/>); every problem is listed with its JSON path and value.</exception>
    public static RuleSet Parse(ReadOnlyMemory<byte> json, string display)
    {
        ArgumentNullException.ThrowIfNull(display);
        (var document, json) = JsonInput.Parse(json, display, FileLimits.RuleSet, "rule file", e => new DataProblem(display, (int)(e.LineNumber ?? 0) + 1,
            $"the file is not valid JSON ({e.Message}); fix the syntax at that line."));
        using (document)
        {
            var problems = new List<DataProblem>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DataFileException(new DataProblem(display, null, $"a rule set must be a JSON object, but was {Describe(root)}.", "$"));
            }
            var lines = JsonLines.Of(json.Span);
            var reader = new ObjectReader(root, "$", display, problems, lines);
            reader.RejectUnknown(Members);
            var paths = reader.Child("paths", PathMembers);
            var checks = reader.Child("checks", CheckMembers);
            var defaults = RuleSet.DefaultChecks;
            var definition = new RuleSetDefinition
            {
                Id = reader.String("id", required: true),
                Title = reader.String("title", required: true),
                Status = reader.Enum("status", ParseStatus, "adopted, draft or national-view", RuleStatus.Adopted, required: true),
                Source = reader.String("source", required: true),
                Url = reader.Url("url"),
                Adopted = reader.Date("adopted"),
                CoreTarget = reader.Decimal("coreTarget", required: true),
                TotalTarget = reader.Decimal("totalTarget"),
                RelatedCap = reader.Decimal("relatedCap"),
                Deadline = reader.Int("deadline", required: true),
                FloorFrom = reader.Int("floorFrom"),
                ReviewYear = reader.Int("reviewYear"),
                MinAnnualStepPp = reader.Decimal("minAnnualStepPp"),
                AllyTargets = reader.AllyTargets("allyTargets"),
                UkraineContributionsCount = reader.Bool("ukraineContributionsCount") ?? false,
                EquipmentSharePct = reader.Decimal("equipmentSharePct"),
                DefaultShape = paths?.Enum("defaultShape", PathShapes.Find, PathShapes.ListText(), PathShape.Linear) ?? PathShape.Linear,
                FrontLoadFraction = paths?.Decimal("frontLoadFraction") ?? PathParameters.Default.FrontLoadFraction,
                Checks = checks is null ? defaults : new PlanCheckParameters(
                    checks.Enum("noDecline", ParseDecline, "always, while-below-target or off", defaults.NoDecline),
                    checks.Bool("everyYearPresent") ?? defaults.EveryYearPresent,
                    checks.Decimal("jumpTolerancePp") ?? defaults.JumpTolerancePp,
                    checks.Has("backLoadingMinProgress") ? checks.Decimal("backLoadingMinProgress") : defaults.BackLoadingMinProgress,
                    checks.Decimal("maxRealGrowthPct") ?? defaults.MaxRealGrowthPct,
                    checks.Int("maxRealGrowthRunYears") ?? defaults.MaxRealGrowthRunYears),
            };
            if (problems.Count == 0)
            {
                foreach (var p in RuleSet.Validate(definition))
                {
                    var path = "$." + p.Field;
                    problems.Add(new DataProblem(display, JsonLines.Line(lines, path), p.Message, path));
                }
            }
            return problems.Count == 0 ? RuleSet.Create(definition) : throw new DataFileException(problems);
        }
    }

    private static RuleStatus? ParseStatus(string text) => text switch
    {
        "adopted" => RuleStatus.Adopted,
        "draft" => RuleStatus.Draft,
        "national-view" => RuleStatus.NationalView,
        _ => null,
    };

    private static DeclineRule? ParseDecline(string text) => text switch
    {
        "always" => DeclineRule.Always,
        "while-below-target" => DeclineRule.WhileBelowTarget,
        "off" => DeclineRule.Off,
        _ => null,
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };

    private sealed class ObjectReader(JsonElement element, string path, string file, List<DataProblem> problems, IReadOnlyDictionary<string, int> lines)
    {
        public void RejectUnknown(HashSet<string> known)
        {
            foreach (var member in element.EnumerateObject())
            {
                if (path == "$" && Unused.TryGetValue(member.Name, out var why))
                {
                    Problem(member.Name, $"'{member.Name}' (value {Describe(member.Value)}) is not a member NatoSpend acts on, as {why}, and a rule set holds only members that change a result; remove it.");
                }
                else if (!known.Contains(member.Name))
                {
                    Problem(member.Name, $"'{member.Name}' is not a member of a rule set (value {Describe(member.Value)}); check the spelling against data/rules/README.md, which lists {string.Join(", ", known.Where(k => !k.StartsWith('$')))}.");
                }
            }
        }

        public ObjectReader? Child(string name, HashSet<string> known)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind != JsonValueKind.Object)
            {
                Problem(name, $"'{name}' must be an object, but was {Describe(value)}.");
                return null;
            }
            var child = new ObjectReader(value, $"{path}.{name}", file, problems, lines);
            child.RejectUnknown(known);
            return child;
        }

        public bool Has(string name) => element.TryGetProperty(name, out _);

        public string? String(string name, bool required = false)
        {
            if (!Present(name, required, "a non-empty string", out var value))
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
            Problem(name, $"'{name}' must be a non-empty string, but was {Describe(value)}.");
            return null;
        }

        public decimal? Decimal(string name, bool required = false)
        {
            if (!Present(name, required, "a number", out var value))
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            {
                return number;
            }
            Problem(name, $"'{name}' must be a number such as 3.5 (not text), but was {Describe(value)}.");
            return null;
        }

        public int? Int(string name, bool required = false)
        {
            if (!Present(name, required, "a year such as 2035", out var value))
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                return number;
            }
            Problem(name, $"'{name}' must be a whole number such as 2035, but was {Describe(value)}.");
            return null;
        }

        public bool? Bool(string name)
        {
            if (!Present(name, false, "true or false", out var value))
            {
                return null;
            }
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }
            Problem(name, $"'{name}' must be true or false, but was {Describe(value)}.");
            return null;
        }

        public DateOnly? Date(string name)
        {
            if (!Present(name, false, "a date", out var value))
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            Problem(name, $"'{name}' must be a date such as 2025-06-25, but was {Describe(value)}.");
            return null;
        }

        public Uri? Url(string name)
        {
            var text = String(name);
            if (text is null)
            {
                return null;
            }
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri;
            }
            Problem(name, $"'{name}' must be an absolute http(s) address, but was \"{text}\".");
            return null;
        }

        public T Enum<T>(string name, Func<string, T?> parse, string allowed, T fallback, bool required = false)
            where T : struct
        {
            if (!Present(name, required, allowed, out var value))
            {
                return fallback;
            }
            if (value.ValueKind == JsonValueKind.String && parse(value.GetString()!) is { } parsed)
            {
                return parsed;
            }
            Problem(name, $"'{name}' must be one of {allowed}, but was {Describe(value)}.");
            return fallback;
        }

        public Dictionary<AllyCode, decimal> AllyTargets(string name)
        {
            var result = new Dictionary<AllyCode, decimal>();
            if (!Present(name, false, "an object", out var value))
            {
                return result;
            }
            if (value.ValueKind != JsonValueKind.Object)
            {
                Problem(name, $"'{name}' must be an object of ally codes and targets such as {{\"ESP\": 2.1}}, but was {Describe(value)}.");
                return result;
            }
            foreach (var member in value.EnumerateObject())
            {
                var where = $"{name}.{member.Name}";
                if (!AllyCode.TryParse(member.Name, null, out var code) || AllyRegistry.Find(code) is null)
                {
                    Problem(where, $"the key '{member.Name}' is not an ally code; use an ISO3 code such as ESP.");
                }
                else if (member.Value.ValueKind != JsonValueKind.Number || !member.Value.TryGetDecimal(out var target))
                {
                    Problem(where, $"the target for {code} must be a number of percent of GDP such as 2.1, but was {Describe(member.Value)}.");
                }
                else
                {
                    result[code] = target;
                }
            }
            return result;
        }

        private bool Present(string name, bool required, string expected, out JsonElement value)
        {
            if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            {
                return true;
            }
            if (required)
            {
                Problem(name, $"'{name}' is required and must be {expected}, but is {(value.ValueKind == JsonValueKind.Null ? "null" : "missing")}.");
            }
            return false;
        }

        private void Problem(string name, string message)
        {
            var at = $"{path}.{name}";
            problems.Add(new DataProblem(file, JsonLines.Line(lines, at), message, at));
        }
    }
}
