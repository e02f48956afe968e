using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Measures;

namespace NatoSpend.Reporting.Measures;

/// <summary>Military personnel for the per-service-member measure: NATO's published Table 7 where the edition has it, else the World Bank's WDI series (to 2016), each named.</summary>
/// <param name="Nato">The NATO edition, or <c>null</c>.</param>
/// <param name="WorldBank">The World Bank's series.</param>
public sealed record PersonnelLookup(EditionData? Nato, PersonnelSeries WorldBank)
{
    /// <summary>Persons and their source, or <c>(null, null)</c> when neither source has a figure.</summary>
    /// <param name="code">An ISO3 code, or NATO's aggregate code (<c>NATO_TOTAL</c>, <c>NATO_EUROPE_CANADA</c>).</param>
    /// <param name="year">The year.</param>
    public (decimal? Persons, string? Source) Find(string code, int year)
    {
        if (Nato is { } data && data.Find(code, Metric.MilitaryPersonnel, year)?.Value is { } thousands)
        {
            return (thousands * 1000m, $"NATO {data.Edition.Id} Table 7");
        }
        return WorldBank.Find(code, year) is { } persons ? (persons, "World Bank WDI (IISS)") : (null, null);
    }
}
