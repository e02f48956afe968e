namespace NatoSpend.Domain.Editions;

/// <summary>Which NATO definition of defence expenditure an edition uses.</summary>
public enum Definition
{
    /// <summary>Core defence expenditure, the basis of the Hague 3.5% commitment (2026 edition on).</summary>
    Core,
    /// <summary>Defence expenditure as defined for the 2% guideline (2025 edition and earlier).</summary>
    Old,
    /// <summary>SIPRI's military expenditure: calendar years, paramilitary in, veterans out; never mixed with NATO's.</summary>
    Sipri,
    /// <summary>Not defence spending: a macro-economic outlook (the IMF WEO) that projections stand on.</summary>
    Outlook,
}

/// <summary>One published vintage of a dataset, with its provenance.</summary>
/// <param name="Id">A short id users type, such as <c>2026</c> or <c>sipri-2024</c>.</param>
/// <param name="Title">The publication's title.</param>
/// <param name="Publisher">Who publishes it.</param>
/// <param name="Published">The publication date.</param>
/// <param name="CutOff">The information cut-off date, where the publisher states one.</param>
/// <param name="Definition">The definition of defence expenditure.</param>
/// <param name="Prices">The price base of constant-price figures and of the share of real GDP.</param>
/// <param name="Url">Where the publisher's own files are.</param>
/// <param name="Terms">The terms of use, in a sentence.</param>
/// <param name="Coverage">What the shipped files hold of it, in a sentence.</param>
/// <param name="Files">The data files, relative to the data folder.</param>
public sealed record Edition(
    string Id,
    string Title,
    string Publisher,
    DateOnly Published,
    DateOnly? CutOff,
    Definition Definition,
    string Prices,
    Uri Url,
    string Terms,
    string Coverage,
    IReadOnlyList<string> Files)
{
    /// <summary>How the definition is written in labels and files.</summary>
    public string DefinitionLabel => Definition switch
    {
        Definition.Core => "core_defence_expenditure",
        Definition.Old => "defence_expenditure",
        Definition.Outlook => "macro_outlook",
        _ => "sipri_military_expenditure",
    };

    /// <summary>A one-line source note for the foot of a table.</summary>
    public string SourceLine => CutOff is { } cutOff
        ? $"Source: {Publisher}, {Title}, published {Published:yyyy-MM-dd} (cut-off {cutOff:yyyy-MM-dd}); definition: {DefinitionLabel}; prices: {Prices}."
        : $"Source: {Publisher}, {Title}, published {Published:yyyy-MM-dd}; definition: {DefinitionLabel}; prices: {Prices}.";
}
