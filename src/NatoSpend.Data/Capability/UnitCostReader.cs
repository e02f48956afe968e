using System.Globalization;
using System.Text.Json;
using NatoSpend.Data.Files;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;

namespace NatoSpend.Data.Capability;

/// <summary>Reads unit-cost files (<c>data/capability/README.md</c>): user-editable costs, each with a source and date.</summary>
public static class UnitCostReader
{
    /// <summary>The shipped file, relative to the data folder.</summary>
    public const string ShippedFile = "capability/unit-costs.json";

    private static readonly Dictionary<string, UnitCostItem> Items = new(StringComparer.Ordinal)
    {
        ["service_member_per_year"] = UnitCostItem.ServiceMemberPerYear,
        ["brigade_per_year"] = UnitCostItem.BrigadePerYear,
        ["brigade_equipment_one_off"] = UnitCostItem.BrigadeEquipmentOneOff,
        ["brigade_size"] = UnitCostItem.BrigadeSize,
    };

    /// <summary>Reads the shipped file, or the user's file when one is named.</summary>
    /// <exception cref="DataFileException">The file is missing or malformed; every problem is listed with its JSON path and value.</exception>
    public static UnitCostBook Read(DataFolder folder, string? userFile)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = userFile ?? folder.PathOf(ShippedFile);
        var shown = userFile ?? ShippedFile;
        if (!File.Exists(path))
        {
            throw new DataFileException(new DataProblem(shown, null, "the unit-cost file does not exist; give the path of a JSON file laid out as data/capability/README.md describes."));
        }
        var (document, _) = JsonInput.Parse(BoundedFile.Read(path, shown, FileLimits.SmallJson, "unit-cost file"), shown, FileLimits.SmallJson, "unit-cost file",
            e => new DataProblem(shown, (int)(e.LineNumber ?? 0) + 1, $"the file is not valid JSON ({e.Message}); fix the syntax at that line."));
        using (document)
        {
            var problems = new List<DataProblem>();
            void Problem(string jsonPath, string message) => problems.Add(new DataProblem(shown, null, message, jsonPath));
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("costs", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new DataFileException(new DataProblem(shown, null, "a unit-cost file must be an object with a 'costs' array.", "$.costs"));
            }
            var costs = new List<UnitCost>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = $"$.costs[{i++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Problem(at, $"each cost must be an object with ally, item, value, currency, priceYear, source and date, but was {item.GetRawText()}.");
                    continue;
                }
                string? Text(string name)
                {
                    if (item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s)
                    {
                        return s;
                    }
                    Problem($"{at}.{name}", $"'{name}' must be a non-empty string, but was {(item.TryGetProperty(name, out var raw) ? raw.GetRawText() : "missing")}.");
                    return null;
                }
                var before = problems.Count;
                var allyText = Text("ally");
                var ally = allyText is not null && AllyCode.TryParse(allyText, null, out var code) ? AllyRegistry.Find(code) : null;
                if (allyText is not null && ally is null)
                {
                    Problem($"{at}.ally", $"the ally '{allyText}' is not an ally code; use an ISO3 code such as DEU.");
                }
                var itemText = Text("item");
                if (itemText is not null && !Items.ContainsKey(itemText))
                {
                    Problem($"{at}.item", $"the item '{itemText}' is not one NatoSpend knows; use {string.Join(", ", Items.Keys)}.");
                }
                decimal? value = item.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : null;
                if (value is not > 0m)
                {
                    Problem($"{at}.value", $"the value must be a number above 0, but was {(item.TryGetProperty("value", out var raw) ? raw.GetRawText() : "missing")}.");
                }
                var isCount = itemText == "brigade_size";
                var currencyText = isCount ? null : Text("currency");
                Currency currency = default;
                if (currencyText is not null && (!Currency.TryParse(currencyText, null, out currency) || (ally is not null && currency != ally.Currency && currency != Currency.Usd)))
                {
                    Problem($"{at}.currency", $"the currency must be the ally's own ({ally?.Currency.Code ?? "its ISO 4217 code"}) or USD, but was '{currencyText}'.");
                }
                int? priceYear = item.TryGetProperty("priceYear", out var py) && py.ValueKind == JsonValueKind.Number && py.TryGetInt32(out var y) && y is >= Years.First and <= Years.Last ? y : null;
                if (!isCount && priceYear is null)
                {
                    Problem($"{at}.priceYear", $"'priceYear' must be the year whose prices the value is in, such as 2026, but was {(item.TryGetProperty("priceYear", out var raw) ? raw.GetRawText() : "missing")}.");
                }
                var source = Text("source");
                DateOnly? date = null;
                if (Text("date") is { } dateText)
                {
                    if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        date = parsed;
                    }
                    else
                    {
                        Problem($"{at}.date", $"the date must be written like 2025-06-24, but was '{dateText}'.");
                    }
                }
                if (problems.Count == before)
                {
                    costs.Add(new UnitCost(ally!.Code, Items[itemText!], value!.Value, isCount ? ally.Currency : currency, priceYear ?? 0, source!, date, DerivedFromNato: false));
                }
            }
            return problems.Count == 0 ? new UnitCostBook(costs) : throw new DataFileException(problems);
        }
    }
}
