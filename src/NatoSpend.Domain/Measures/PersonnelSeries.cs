using System.Collections.Frozen;

namespace NatoSpend.Domain.Measures;

/// <summary>Armed forces personnel by country and year, in persons, from one source (the World Bank's WDI series, which ends in 2016).</summary>
/// <param name="Source">A one-line citation.</param>
/// <param name="Persons">Persons by ISO3 code and year.</param>
public sealed record PersonnelSeries(string Source, IReadOnlyDictionary<(string Country, int Year), decimal> Persons)
{
    private readonly FrozenDictionary<(string Country, int Year), decimal> _persons = Persons.ToFrozenDictionary();

    /// <summary>Persons in the armed forces, or <c>null</c>.</summary>
    public decimal? Find(string country, int year) => _persons.TryGetValue((country, year), out var v) ? v : null;
}
