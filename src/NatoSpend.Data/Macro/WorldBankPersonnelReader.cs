using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Measures;

namespace NatoSpend.Data.Macro;

/// <summary>Reads the World Bank's armed forces personnel (WDI <c>MS.MIL.TOTL.P1</c>, persons, to 2016) from <c>macro/wb_wdi_armed_forces_personnel.csv</c>.</summary>
public static class WorldBankPersonnelReader
{
    /// <summary>The shipped file, relative to the data folder.</summary>
    public const string File = "macro/wb_wdi_armed_forces_personnel.csv";

    /// <summary>The citation of the series.</summary>
    public const string Citation = "World Bank, World Development Indicators, MS.MIL.TOTL.P1 (armed forces personnel, total; original source IISS, The Military Balance), series ends 2016";

    /// <summary>Reads the file; a folder without it has no series (every figure absent).</summary>
    /// <exception cref="DataFileException">A row is malformed; every problem is listed.</exception>
    public static PersonnelSeries Read(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = folder.PathOf(File);
        var persons = new Dictionary<(string, int), decimal>();
        if (!System.IO.File.Exists(path))
        {
            return new PersonnelSeries(Citation, persons);
        }
        var problems = new ProblemList();
        using (var reader = CsvInput.Open(path, File, FileLimits.Weo, "World Bank personnel file"))
        {
            var header = reader.Header;
            string[] required = ["iso3", "year", "value"];
            var missing = required.Where(c => !header.TryIndexOf(c, out _)).ToArray();
            if (missing.Length > 0)
            {
                throw new DataFileException(new DataProblem(File, 1, $"the header lacks the column(s) {string.Join(", ", missing)}; the file needs iso3, year and value."));
            }
            int cIso = header.IndexOf("iso3"), cYear = header.IndexOf("year"), cValue = header.IndexOf("value");
            var last = Math.Max(cIso, Math.Max(cYear, cValue));
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                if (row.ColCount <= last)
                {
                    problems.Add(new DataProblem(File, line, $"the row has {row.ColCount} fields, fewer than the header's columns; quote any value that contains a comma."));
                    continue;
                }
                if (!int.TryParse(row[cYear].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    || !decimal.TryParse(row[cValue].Span, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value is <= 0m or > 100_000_000m)
                {
                    problems.Add(new DataProblem(File, line, $"the year and the number of persons must be whole positive numbers, but were '{row[cYear]}' and '{row[cValue]}'."));
                    continue;
                }
                if (!persons.TryAdd((row[cIso].ToString(), year), value))
                {
                    problems.Add(new DataProblem(File, line, $"{row[cIso]} {year} is given twice; keep one row per country and year."));
                }
            }
        }
        return problems.Found > 0 ? throw new DataFileException(problems) : new PersonnelSeries(Citation, persons);
    }
}
