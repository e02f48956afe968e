namespace NatoSpend.Domain.Allies;

/// <summary>A member of NATO, as the project's registry knows it.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">English short name, as NATO prints it.</param>
/// <param name="AccessionYear">The year the ally joined NATO.</param>
/// <param name="Currency">The currency NATO reports the ally's spending in (2026 edition).</param>
/// <param name="EuMember">Whether the ally is a member of the European Union.</param>
/// <param name="InEurope">Whether the ally counts towards "NATO Europe" (every ally but the United States and Canada).</param>
/// <param name="NoDataReason">Why NATO publishes no expenditure figures for the ally, or <c>null</c> when it does.</param>
public sealed record Ally(
    AllyCode Code,
    string Name,
    int AccessionYear,
    Currency Currency,
    bool EuMember,
    bool InEurope,
    string? NoDataReason = null)
{
    /// <summary>Whether NATO publishes defence-expenditure figures for the ally.</summary>
    public bool HasExpenditureData => NoDataReason is null;
}
