namespace NatoSpend.Domain.Editions;

/// <summary>The names NATO's tables use for its own aggregates.</summary>
public static class Aggregates
{
    /// <summary>All allies.</summary>
    public const string NatoTotal = "NATO_TOTAL";

    /// <summary>NATO Europe and Canada: every ally but the United States.</summary>
    public const string EuropeCanada = "NATO_EUROPE_CANADA";

    /// <summary>Whether a name is one of NATO's aggregates.</summary>
    public static bool IsAggregate(string entity) => entity is NatoTotal or EuropeCanada;
}
