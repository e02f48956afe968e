using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Alliance;

/// <summary>Every ally on one path shape, summed year by year, as JSON (<c>natospend alliance</c>, <c>GET /api/v1/alliance</c>).</summary>
/// <param name="Rules">The rule set.</param>
/// <param name="Shape">The path shape.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Definition">The definition of the shares.</param>
/// <param name="Prices">The prices of the money columns.</param>
/// <param name="Provenance">What is published and what derived.</param>
/// <param name="Source">The edition's provenance.</param>
/// <param name="Assumptions">The GDP and exchange-rate assumptions, one line each.</param>
/// <param name="Years">One row per year, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record AllianceAnswer(RulesAnswer Rules, string Shape, int BaseYear, int Deadline, string Edition, string Definition, string Prices,
    string Provenance, EditionAnswer Source, IReadOnlyList<string> Assumptions, IReadOnlyList<IReadOnlyDictionary<string, object?>> Years,
    IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes);
