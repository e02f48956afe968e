using System.Globalization;

namespace NatoSpend.Domain.Text;

/// <summary>Writes lists of years the way people read them.</summary>
public static class YearRanges
{
    /// <summary>Years as ranges: <c>2014-2026</c>, or <c>2014, 2024</c>; the years must be ascending.</summary>
    public static IEnumerable<string> Compact(IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }
            yield return j == i ? years[i].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{years[i]}-{years[j]}");
            i = j + 1;
        }
    }

    /// <summary>The compact ranges joined with commas, such as <c>2026-2028, 2030</c>.</summary>
    public static string Text(IReadOnlyList<int> years) => string.Join(", ", Compact(years));
}
