using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Data.Plans;

public static partial class PlanReader
{
    /// <summary>The header values as read, with where each came from.</summary>
    private sealed class Header(List<DataProblem> problems)
    {
        private readonly Dictionary<string, DataProblem> _where = new(StringComparer.Ordinal);
        private string? _ally, _title, _currency, _revises, _announced;
        private DateOnly? _published;
        private Uri? _source;
        private PlanBasis? _basis;

        public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);

        public DataProblem Where(string field, DataProblem fallback) =>
            _where.TryGetValue(field, out var at) ? at with { Message = fallback.Message } : fallback;

        public void Set(string key, string value, DataProblem where)
        {
            if (_where.TryGetValue(key, out var first))
            {
                problems.Add(where with { Message = $"the header key '{key}' is given twice (first {Position(first)}); keep one." });
                return;
            }
            _where[key] = where;
            void Fail(string message)
            {
                Failed.Add(key);
                problems.Add(where with { Message = message });
            }
            switch (key)
            {
                case "ally":
                    _ally = value;
                    break;
                case "title":
                    _title = value;
                    break;
                case "currency":
                    _currency = value;
                    break;
                case "revises":
                    _revises = value;
                    break;
                case "published":
                    // A source may date an announcement to the month or the year only; the date is kept as precise as that.
                    if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        _published = date;
                        _announced = value;
                    }
                    else if (Plan.IsDate(value))
                    {
                        _announced = value;
                    }
                    else
                    {
                        Fail($"the published date must be a date such as 2025-06-24 (or 2025-06, or 2025, when the source gives no day), but was '{value}'.");
                    }
                    break;
                case "source":
                    if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                    {
                        _source = uri;
                    }
                    else
                    {
                        Fail($"the source must be an absolute http(s) address of the announcement, but was '{value}'.");
                    }
                    break;
                case "basis":
                    _basis = value.ToLowerInvariant() switch { "nato" => PlanBasis.Nato, "national" => PlanBasis.National, _ => null };
                    if (_basis is null)
                    {
                        Fail($"the basis must be nato (NATO's definition) or national (a national one), but was '{value}'.");
                    }
                    break;
            }
        }

        public PlanDefinition Build(List<PlanRowDefinition> rows, string? fileName, DataProblem where)
        {
            var ally = _ally;
            if (ally is null && fileName is { Length: >= 3 } && AllyCode.TryParse(fileName[..3], null, out var code)
                && (fileName.Length == 3 || !char.IsAsciiLetter(fileName[3])) && AllyRegistry.Find(code) is not null)
            {
                ally = code.Value; // the file is named after the ally, such as deu.csv or deu-2025-06.csv
            }
            if (ally is null)
            {
                Failed.Add("ally");
                problems.Add(where with { Message = "the plan names no ally; add the header '# ally: DEU' (JSON: \"ally\": \"DEU\") or name the file after the ally, such as deu.csv." });
            }
            return new PlanDefinition
            {
                Ally = ally,
                Title = _title,
                Published = _published,
                Announced = _announced,
                Revises = _revises,
                Source = _source,
                Basis = _basis,
                Currency = _currency,
                Years = rows,
            };
        }

        private static string Position(DataProblem at) => at.Line is { } line ? $"on line {line}" : $"at {at.JsonPath}";
    }

    /// <summary>One row's cells read as numbers, with a problem for each that is not one.</summary>
    private sealed class Cells(int index, int? line, string display, List<DataProblem> problems, HashSet<(int, string)> failed, Func<string, int, string?> get)
    {
        public string? JsonPath { get; init; }

        public PlanRowDefinition Row()
        {
            var yearText = get("year", index);
            int? year = null;
            if (yearText is not null)
            {
                if (int.TryParse(yearText, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var y))
                {
                    year = y;
                }
                else
                {
                    Fail("year", $"the year must be a whole number such as 2029, but was {Quote(yearText)}.");
                }
            }
            var label = year is { } known ? known.ToString(CultureInfo.InvariantCulture) : "the year";
            return new PlanRowDefinition
            {
                Year = year,
                CoreShare = Number("core_share", $"the core share for {label} must be a number of percent of GDP such as 3.5", percent: true),
                CoreSpending = Number("core_spending", $"the core spending for {label} must be a number of million national currency such as 152800"),
                RelatedShare = Number("related_share", $"the related share for {label} must be a number of percent of GDP such as 1.5", percent: true),
                RelatedSpending = Number("related_spending", $"the related spending for {label} must be a number of million national currency"),
                TotalShare = Number("total_share", $"the total share for {label} must be a number of percent of GDP such as 5", percent: true),
                Ukraine = Number("ukraine", $"the Ukraine contribution for {label} must be a number in the unit of its core figure"),
                EquipmentShare = Number("equipment_share", $"the equipment share for {label} must be a number of percent of defence spending such as 20", percent: true),
                Basis = RowBasis(label),
                Source = RowSource(label),
                Date = Text("date"),
                Grade = Text("grade"),
                Note = get("note", index),
            };
        }

        private string? Text(string column) => get(column, index) is { } text ? text.Trim('"').Trim() : null;

        private PlanBasis? RowBasis(string label)
        {
            var text = Text("basis");
            PlanBasis? basis = text?.ToLowerInvariant() switch { null => null, "nato" => PlanBasis.Nato, "national" => PlanBasis.National, _ => null };
            if (text is not null && basis is null)
            {
                Fail("basis", $"the basis for {label} must be nato (NATO's definition) or national (a national one), but was '{text}'.");
            }
            return basis;
        }

        private Uri? RowSource(string label)
        {
            var text = Text("source");
            if (text is null)
            {
                return null;
            }
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri;
            }
            Fail("source", $"the source for {label} must be an absolute http(s) address, but was '{text}'.");
            return null;
        }

        private decimal? Number(string column, string rule, bool percent = false)
        {
            var text = get(column, index);
            if (text is null)
            {
                return null;
            }
            var plain = percent ? text.TrimEnd().TrimEnd('%').TrimEnd() : text;
            if (decimal.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            Fail(column, $"{rule}, but was {Quote(text)}.");
            failed.Add((index, column is "core_share" or "core_spending" or "total_share" ? "core" : column is "related_share" or "related_spending" ? "related" : column));
            return null;
        }

        private void Fail(string column, string message)
        {
            failed.Add((index, column));
            problems.Add(new DataProblem(display, line, message, JsonPath is null ? null : $"{JsonPath}.{column}"));
        }

        private static string Quote(string text) => text.StartsWith('"') ? text : $"'{text}'";
    }
}
