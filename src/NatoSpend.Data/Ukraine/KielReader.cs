using System.Globalization;
using NatoSpend.Data.Files;
using NatoSpend.Domain;
using NatoSpend.Domain.Ukraine;

namespace NatoSpend.Data.Ukraine;

/// <summary>Reads the Kiel Institute's Ukraine Support Tracker extract (<c>ukraine/README.md</c>): monthly allocations by donor.</summary>
public static class KielReader
{
    /// <summary>The monthly file, relative to the data folder.</summary>
    public const string MonthlyFile = "ukraine/kiel_ust_release29_monthly.csv";

    /// <summary>The release the shipped files hold.</summary>
    public const string Release = "Release 29";

    /// <summary>The largest value, either way, a month may carry, in EUR billion: far above any published one (the largest is under 100).</summary>
    public const decimal Largest = 10_000m;

    /// <summary>Reads every month of military and total allocations; every malformed row is reported with file and line.</summary>
    /// <exception cref="DataFileException">The file is missing or has malformed rows.</exception>
    public static UkraineLedger Read(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = folder.PathOf(MonthlyFile);
        if (!File.Exists(path))
        {
            throw new DataFileException(new DataProblem(MonthlyFile, null, "the Kiel Ukraine Support Tracker file is missing from the data folder; copy ukraine/ from the shipped data."));
        }
        var problems = new ProblemList();
        var military = new Dictionary<(string, int, int), decimal>();
        var total = new Dictionary<(string, int, int), decimal>();
        var last = new DateOnly(2022, 1, 1);
        using (var reader = CsvInput.Open(path, MonthlyFile, FileLimits.Kiel, "Kiel tracker file"))
        {
            string[] required = ["donor_iso3", "year", "month", "metric", "value"];
            if (required.Any(c => !reader.Header.TryIndexOf(c, out _)))
            {
                throw new DataFileException(new DataProblem(MonthlyFile, 1, $"the header must have the columns {string.Join(", ", required)}, as ukraine/README.md describes."));
            }
            int cDonor = reader.Header.IndexOf("donor_iso3"), cYear = reader.Header.IndexOf("year"), cMonth = reader.Header.IndexOf("month"),
                cMetric = reader.Header.IndexOf("metric"), cValue = reader.Header.IndexOf("value");
            var lastColumn = new[] { cDonor, cYear, cMonth, cMetric, cValue }.Max();
            foreach (var row in reader)
            {
                if (row.ColCount <= lastColumn)
                {
                    problems.Add(new DataProblem(MonthlyFile, row.LineNumberFrom, string.Create(CultureInfo.InvariantCulture,
                        $"the row has {row.ColCount} field(s), too few for the header's columns {string.Join(", ", required)}; give every column and quote any value that contains a comma.")));
                    continue;
                }
                var metric = row[cMetric].ToString();
                if (metric is not ("military_allocations" or "total_allocations"))
                {
                    continue;
                }
                var yearText = row[cYear].ToString();
                var monthText = row[cMonth].ToString();
                var valueText = row[cValue].ToString();
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2022 or > Years.Last
                    || !int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12
                    || !decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    problems.Add(new DataProblem(MonthlyFile, row.LineNumberFrom,
                        $"the year (2022 on), month (1 to 12) and value (EUR billion) must be numbers, but were '{yearText}', '{monthText}' and '{valueText}'."));
                    continue;
                }
                if (Math.Abs(value) > Largest)
                {
                    // A figure far beyond any published one is a typing slip, and would overflow the sums built on it.
                    problems.Add(new DataProblem(MonthlyFile, row.LineNumberFrom, string.Create(CultureInfo.InvariantCulture,
                        $"the value must be at most {Largest:N0} EUR billion either way, far beyond any month's aid, but was '{valueText}'; check the exponent and the decimal point.")));
                    continue;
                }
                var key = (row[cDonor].ToString(), year, month);
                (metric == "military_allocations" ? military : total)[key] = value;
                var date = new DateOnly(year, month, 1);
                last = date > last ? date : last;
            }
        }
        if (problems.Found > 0)
        {
            throw new DataFileException(problems);
        }
        var months = military.Select(p => new KielMonth(p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Value, total.TryGetValue(p.Key, out var t) ? t : null));
        return new UkraineLedger(Release, last, months);
    }
}
