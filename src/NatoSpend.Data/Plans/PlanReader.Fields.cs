using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Data.Plans;

public static partial class PlanReader
{
    /// <summary>The largest spending figure (or Ukraine contribution) a plan may give, in million national currency, either way.</summary>
    public const decimal LargestSpending = 1_000_000_000m;

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

    /// <summary>One field of a plan year as its format gives it: absent (both <c>null</c>), read, or unreadable.</summary>
    /// <param name="Value">The value read.</param>
    /// <param name="Unreadable">The value as the file wrote it, for the message, when it is not a value of the field's kind.</param>
    private readonly record struct FieldValue<T>(T? Value, string? Unreadable)
        where T : struct;

    /// <summary>The fields of one plan year as a format gives them: the CSV reader's cells or the JSON reader's values.</summary>
    /// <remarks>Each format reads only its own syntax here; what a field means and what is wrong with it is <see cref="YearReader"/>'s.</remarks>
    private interface IYearFields
    {
        /// <summary>A whole number without a sign (the year).</summary>
        FieldValue<int> WholeNumber(string column);

        /// <summary>A figure, read exactly as a decimal.</summary>
        FieldValue<decimal> Number(string column);

        /// <summary>A text column (basis, source, date, grade, note) as given, or <c>null</c> when absent.</summary>
        string? Text(string column);
    }

    /// <summary>Reads one plan year from its named fields, the same for every format, with a problem for each field that cannot be read.</summary>
    /// <param name="index">The year's 0-based entry in the plan.</param>
    /// <param name="fields">The year's fields in the file's format.</param>
    /// <param name="at">Where a column's value is in the file (a CSV line, a JSON path), for its problem.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <param name="failed">The (entry, column) pairs that could not be read, so the checks that follow do not repeat them.</param>
    private sealed class YearReader(int index, IYearFields fields, Func<string, DataProblem> at, List<DataProblem> problems, HashSet<(int, string)> failed)
    {
        public PlanRowDefinition Row()
        {
            var year = fields.WholeNumber("year");
            if (year.Unreadable is { } written)
            {
                Fail("year", $"the year must be a whole number such as 2029, but was {written}.");
            }
            var label = year.Value is { } known ? known.ToString(CultureInfo.InvariantCulture) : "the year";
            return new PlanRowDefinition
            {
                Year = year.Value,
                CoreShare = Number("core_share", $"the core share for {label} must be a number of percent of GDP such as 3.5"),
                CoreSpending = Number("core_spending", $"the core spending for {label} must be a number of million national currency such as 152800"),
                RelatedShare = Number("related_share", $"the related share for {label} must be a number of percent of GDP such as 1.5"),
                RelatedSpending = Number("related_spending", $"the related spending for {label} must be a number of million national currency"),
                TotalShare = Number("total_share", $"the total share for {label} must be a number of percent of GDP such as 5"),
                Ukraine = Number("ukraine", $"the Ukraine contribution for {label} must be a number in the unit of its core figure"),
                EquipmentShare = Number("equipment_share", $"the equipment share for {label} must be a number of percent of defence spending such as 20"),
                Basis = RowBasis(label),
                Source = RowSource(label),
                Date = Trimmed("date"),
                Grade = Trimmed("grade"),
                Note = fields.Text("note"),
            };
        }

        private string? Trimmed(string column) => fields.Text(column)?.Trim();

        private PlanBasis? RowBasis(string label)
        {
            var text = Trimmed("basis");
            PlanBasis? basis = text?.ToLowerInvariant() switch { null => null, "nato" => PlanBasis.Nato, "national" => PlanBasis.National, _ => null };
            if (text is not null && basis is null)
            {
                Fail("basis", $"the basis for {label} must be nato (NATO's definition) or national (a national one), but was '{text}'.");
            }
            return basis;
        }

        private Uri? RowSource(string label)
        {
            var text = Trimmed("source");
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

        private decimal? Number(string column, string rule)
        {
            var field = fields.Number(column);
            if (field.Value is { } value && column is "core_spending" or "related_spending" or "ukraine" && Math.Abs(value) > LargestSpending)
            {
                // Far beyond any budget: a typing slip, which would overflow when the millions are turned into money.
                field = new(null, string.Create(CultureInfo.InvariantCulture, $"{value}, beyond {LargestSpending:N0} (far above any ally's budget); check the exponent and the decimal point"));
            }
            if (field.Unreadable is { } written)
            {
                Fail(column, $"{rule}, but was {written}.");
                // The checks of a year's core or related figure as a whole are not repeated for a figure that could not be read.
                failed.Add((index, column is "core_share" or "core_spending" or "total_share" ? "core" : column is "related_share" or "related_spending" ? "related" : column));
            }
            return field.Value;
        }

        private void Fail(string column, string message)
        {
            failed.Add((index, column));
            problems.Add(at(column) with { Message = message });
        }
    }
}
