using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Fiscal;

namespace NatoSpend.Data.Eu;

/// <summary>Reads the EU's fiscal facts on defence (<c>eu/README.md</c>): the national escape clause's activations and the SAFE loan allocations.</summary>
public static class EuFactsReader
{
    /// <summary>The activations of the national escape clause, relative to the data folder.</summary>
    public const string EscapeClauseFile = "eu/national_escape_clause_activations.csv";

    /// <summary>The SAFE loan allocations, relative to the data folder.</summary>
    public const string SafeFile = "eu/safe_tentative_allocation_2025-09-09.csv";

    /// <summary>The largest file accepted: these are fact tables of a few dozen rows.</summary>
    public const int Limit = 1024 * 1024;

    private static readonly string[] ClauseColumns = ["member_iso3", "listed_as_requesting_in_council_statement_of", "activated_on", "duration_years", "max_flexibility_pct_gdp", "source_url"];
    private static readonly string[] SafeColumns = ["member_iso3", "metric", "value", "unit", "nato_ally", "decision_date", "status", "source", "via"];

    /// <summary>Reads both files; every malformed row is reported with file and line.</summary>
    /// <exception cref="DataFileException">A file is missing or has malformed rows.</exception>
    public static EuFiscalFacts Read(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new ProblemList();
        var clauses = new List<EscapeClauseActivation>();
        foreach (var (row, line) in Rows(folder, EscapeClauseFile, ClauseColumns, problems))
        {
            var code = Code(row[0], EscapeClauseFile, line, problems);
            DateOnly? requested = row[1].Length == 0 ? null : Date(row[1], "listed_as_requesting_in_council_statement_of", EscapeClauseFile, line, problems);
            var activated = Date(row[2], "activated_on", EscapeClauseFile, line, problems);
            var ok = int.TryParse(row[3], NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years is >= 1 and <= 10;
            ok &= decimal.TryParse(row[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var cap) && cap is > 0m and <= 10m;
            if (!ok)
            {
                problems.Add(new DataProblem(EscapeClauseFile, line, $"duration_years must be a whole number of years from 1 to 10 and max_flexibility_pct_gdp a percent of GDP above 0 and at most 10, but were '{row[3]}' and '{row[4]}'."));
            }
            if (ok && code is { } c && activated is { } a)
            {
                if (clauses.Any(x => x.Ally == c))
                {
                    problems.Add(new DataProblem(EscapeClauseFile, line, $"{c} is listed twice; keep one activation per member state."));
                    continue;
                }
                clauses.Add(new EscapeClauseActivation(c, requested, a, years, cap, row[5]));
            }
        }
        var amounts = new Dictionary<AllyCode, (bool Nato, DateOnly Date, string Status, string Source, List<SafeAmount> Amounts)>();
        foreach (var (row, line) in Rows(folder, SafeFile, SafeColumns, problems))
        {
            if (row[1] != "safe_loan_tentative_allocation")
            {
                continue;
            }
            var code = Code(row[0], SafeFile, line, problems);
            var date = Date(row[5], "decision_date", SafeFile, line, problems);
            if (!decimal.TryParse(row[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is <= 0m or > 1_000_000m)
            {
                problems.Add(new DataProblem(SafeFile, line, $"the value must be a positive amount of at most 1,000,000 in its unit, but was '{row[2]}'."));
                continue;
            }
            if (row[4] is not ("true" or "false"))
            {
                problems.Add(new DataProblem(SafeFile, line, $"nato_ally must be true or false, but was '{row[4]}'."));
                continue;
            }
            if (code is { } c && date is { } d)
            {
                if (!amounts.TryGetValue(c, out var entry))
                {
                    amounts[c] = entry = (row[4] == "true", d, row[6], row[7], []);
                }
                entry.Amounts.Add(new SafeAmount(value, row[3], row[8]));
            }
        }
        if (problems.Found > 0)
        {
            throw new DataFileException(problems);
        }
        return new EuFiscalFacts(clauses, EscapeClauseFile,
            [.. amounts.Select(p => new SafeAllocation(p.Key, p.Value.Nato, p.Value.Date, p.Value.Status, p.Value.Source, p.Value.Amounts))], SafeFile);
    }

    // Each row's fields in the order of the columns asked for.
    private static List<(string[] Fields, int Line)> Rows(DataFolder folder, string file, string[] columns, ProblemList problems)
    {
        var path = folder.PathOf(file);
        if (!File.Exists(path))
        {
            throw new DataFileException(new DataProblem(file, null, "the EU fact table is missing from the data folder; copy eu/ from the shipped data."));
        }
        var rows = new List<(string[], int)>();
        using var reader = CsvInput.Open(path, file, Limit, "EU fact table");
        var missing = columns.Where(c => !reader.Header.TryIndexOf(c, out _)).ToArray();
        if (missing.Length > 0)
        {
            throw new DataFileException(new DataProblem(file, 1, $"the header lacks the column(s) {string.Join(", ", missing)}, as eu/README.md describes."));
        }
        var index = columns.Select(c => reader.Header.IndexOf(c)).ToArray();
        foreach (var row in reader)
        {
            if (row.ColCount <= index.Max())
            {
                problems.Add(new DataProblem(file, row.LineNumberFrom, $"the row has {row.ColCount} field(s), fewer than the header's columns; quote any value that contains a comma."));
                continue;
            }
            var fields = new string[index.Length];
            for (var k = 0; k < index.Length; k++)
            {
                fields[k] = row[index[k]].ToString().Trim();
            }
            rows.Add((fields, row.LineNumberFrom));
        }
        return rows;
    }

    private static AllyCode? Code(string text, string file, int line, ProblemList problems)
    {
        if (AllyCode.TryParse(text, null, out var code))
        {
            return code;
        }
        problems.Add(new DataProblem(file, line, $"member_iso3 must be a three-letter ISO code such as DEU, but was '{text}'."));
        return null;
    }

    private static DateOnly? Date(string text, string column, string file, int line, ProblemList problems)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new DataProblem(file, line, $"{column} must be a date such as 2025-07-08, but was '{text}'."));
        return null;
    }
}
