using NatoSpend.Domain.Editions;

namespace NatoSpend.Domain.World;

/// <summary>How SIPRI marks a figure, by the font colour of its workbook (sipri/README.md).</summary>
public enum SipriFlag
{
    /// <summary>An ordinary figure.</summary>
    None,
    /// <summary>A blue figure: "Figures in blue are SIPRI estimates".</summary>
    Estimate,
    /// <summary>A red figure: "Figures in red indicate highly uncertain data".</summary>
    HighlyUncertain,
}

/// <summary>The SIPRI indicators NatoSpend reads, one per sheet of SIPRI's workbook.</summary>
public enum SipriIndicator
{
    /// <summary>Military expenditure as a share of GDP, published as a fraction (0.0225 is 2.25%).</summary>
    ShareOfGdp,
    /// <summary>Military expenditure in million USD at current prices and exchange rates.</summary>
    UsdCurrent,
    /// <summary>Military expenditure in million USD at the release's constant prices and exchange rates (<see cref="SipriRelease.ConstantPricesYear"/>).</summary>
    UsdConstant,
}

/// <summary>One figure exactly as SIPRI publishes it.</summary>
/// <param name="Country">ISO 3166-1 alpha-3 code (ISO 3166-3 for predecessor states, such as SUN for the USSR).</param>
/// <param name="Year">The year (calendar year; a fiscal year for the United States and Canada, per SIPRI's notes).</param>
/// <param name="Indicator">What is measured.</param>
/// <param name="Value">The value as published: a fraction for the share of GDP, million USD otherwise.</param>
/// <param name="Flag">SIPRI's mark on the figure.</param>
public sealed record SipriFigure(string Country, int Year, SipriIndicator Indicator, decimal Value, SipriFlag Flag);

/// <summary>A country as a SIPRI release names it.</summary>
/// <param name="Code">ISO3 code, upper case.</param>
/// <param name="Name">SIPRI's name, such as <c>Russia</c> or <c>United States of America</c>.</param>
public sealed record SipriCountry(string Code, string Name);

/// <summary>One SIPRI release (a vintage): every figure it publishes for the shipped countries, indexed for look-up.</summary>
/// <remarks>Immutable; never spliced with another release. Missing is absent, never zero.</remarks>
public sealed class SipriRelease
{
    private readonly Dictionary<(string Country, SipriIndicator Indicator, int Year), SipriFigure> _figures;
    private readonly Dictionary<string, SipriCountry> _countries;

    /// <summary>Indexes a release's figures.</summary>
    /// <param name="edition">The release's provenance, as the registry lists it.</param>
    /// <param name="vintage">The release as its file states it, such as <c>SIPRI Milex 2025 release (data 1949-2025)</c>.</param>
    /// <param name="constantPricesYear">The base year of the constant-price figures, as the file states it; <c>null</c> when it has none.</param>
    /// <param name="countries">The countries the release holds.</param>
    /// <param name="figures">The figures.</param>
    /// <exception cref="ArgumentException">Two figures share a country, indicator and year, or a figure's country is not listed.</exception>
    public SipriRelease(Edition edition, string vintage, int? constantPricesYear, IEnumerable<SipriCountry> countries, IEnumerable<SipriFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(vintage);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(figures);
        Edition = edition;
        Vintage = vintage;
        ConstantPricesYear = constantPricesYear;
        _countries = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _figures = [];
        foreach (var f in figures)
        {
            if (!_countries.ContainsKey(f.Country))
            {
                throw new ArgumentException($"Release {edition.Id} has a figure for {f.Country}, which it does not list as a country.", nameof(figures));
            }
            if (!_figures.TryAdd((f.Country, f.Indicator, f.Year), f))
            {
                throw new ArgumentException(FormattableString.Invariant($"Release {edition.Id} has two figures for {f.Country} {f.Indicator} {f.Year}."), nameof(figures));
            }
        }
        Countries = [.. _countries.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];
        Years = [.. _figures.Keys.Select(k => k.Year).Distinct().Order()];
    }

    /// <summary>The release's provenance.</summary>
    public Edition Edition { get; }

    /// <summary>The release as its file states it.</summary>
    public string Vintage { get; }

    /// <summary>The base year of <see cref="SipriIndicator.UsdConstant"/> (2023 in the 2024 release, 2024 in the 2025 release), read from the data.</summary>
    public int? ConstantPricesYear { get; }

    /// <summary>The countries the release holds, by code.</summary>
    public IReadOnlyList<SipriCountry> Countries { get; }

    /// <summary>The years with any figure, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The first year with any figure, or 0 for an empty release.</summary>
    public int FirstYear => Years.Count > 0 ? Years[0] : 0;

    /// <summary>The latest year with any figure, or 0 for an empty release.</summary>
    public int LastYear => Years.Count > 0 ? Years[^1] : 0;

    /// <summary>The country with this code (any case), or <c>null</c> when the release does not hold it.</summary>
    public SipriCountry? Country(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _countries.GetValueOrDefault(code.Trim().ToUpperInvariant());
    }

    /// <summary>The published figure, or <c>null</c> where SIPRI publishes none.</summary>
    public SipriFigure? Find(string country, SipriIndicator indicator, int year) => _figures.GetValueOrDefault((country, indicator, year));

    /// <summary>Every figure, in no particular order.</summary>
    public IEnumerable<SipriFigure> Figures => _figures.Values;
}
