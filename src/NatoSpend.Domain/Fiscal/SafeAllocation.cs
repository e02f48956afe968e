using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Fiscal;

/// <summary>One quotation of a SAFE loan allocation, as its source gives it.</summary>
/// <param name="Value">The amount, as quoted.</param>
/// <param name="Unit">Its unit, such as <c>EUR billion, rounded to 2 dp</c>.</param>
/// <param name="Via">Where the quotation was read.</param>
public sealed record SafeAmount(decimal Value, string Unit, string Via);

/// <summary>
/// A member state's allocation of SAFE loans (Security Action for Europe, Council Regulation (EU) 2025/1106): EU loans for defence
/// procurement. They are debt, not extra fiscal room, and never added to defence spending.
/// </summary>
/// <param name="Ally">The member state.</param>
/// <param name="NatoAlly">Whether it is a NATO ally.</param>
/// <param name="DecisionDate">The date of the allocation.</param>
/// <param name="Status">Its status, such as tentative.</param>
/// <param name="Source">The source, as the file cites it.</param>
/// <param name="Amounts">Every quotation of the amount (billions to 2 dp, and millions where a source was more precise).</param>
public sealed record SafeAllocation(AllyCode Ally, bool NatoAlly, DateOnly DecisionDate, string Status, string Source, IReadOnlyList<SafeAmount> Amounts);

/// <summary>The EU's fiscal facts on defence: escape-clause activations and SAFE allocations, each with the file it comes from.</summary>
/// <param name="EscapeClauses">The activations.</param>
/// <param name="EscapeClauseFile">Their file, relative to the data folder.</param>
/// <param name="Safe">The allocations.</param>
/// <param name="SafeFile">Their file, relative to the data folder.</param>
public sealed record EuFiscalFacts(IReadOnlyList<EscapeClauseActivation> EscapeClauses, string EscapeClauseFile, IReadOnlyList<SafeAllocation> Safe, string SafeFile)
{
    /// <summary>The ally's activation, or <c>null</c> when the clause was not activated for it.</summary>
    public EscapeClauseActivation? EscapeClause(AllyCode ally) => EscapeClauses.FirstOrDefault(e => e.Ally == ally);

    /// <summary>The ally's SAFE allocation, or <c>null</c> when it has none.</summary>
    public SafeAllocation? SafeFor(AllyCode ally) => Safe.FirstOrDefault(s => s.Ally == ally);
}
