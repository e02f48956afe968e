using System.Text.Json.Serialization;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Capability;
using NatoSpend.Reporting.Changes;
using NatoSpend.Reporting.Compare;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Fiscal;
using NatoSpend.Reporting.Gaps;
using NatoSpend.Reporting.Import;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Rules;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Reporting.Status;
using NatoSpend.Reporting.Ukraine;
using NatoSpend.Reporting.World;

namespace NatoSpend.Reporting.Answers;

/// <summary>
/// Every answer's JSON contract, generated at compile time: the natively compiled tool has no reflection to write JSON with,
/// and an answer missing here fails in every build, not only in the native one. The table rows' cells (<c>object?</c>) are
/// the primitive types listed after the answers (<see cref="RowAnswer.Value"/>).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AllianceAnswer))]
[JsonSerializable(typeof(AlliesAnswer))]
[JsonSerializable(typeof(AllySeriesAnswer))]
[JsonSerializable(typeof(CatalogAnswer))]
[JsonSerializable(typeof(ChangesAnswer))]
[JsonSerializable(typeof(EditionDetailAnswer))]
[JsonSerializable(typeof(EditionsComparisonAnswer))]
[JsonSerializable(typeof(FiscalAnswer))]
[JsonSerializable(typeof(FiscalSpendingAnswer))]
[JsonSerializable(typeof(GapAnswer))]
[JsonSerializable(typeof(Gaps.NotReportedAnswer), TypeInfoPropertyName = "GapNotReportedAnswer")] // named apart from status's type of the same name
[JsonSerializable(typeof(IReadOnlyList<Gaps.NotReportedAnswer>), TypeInfoPropertyName = "GapNotReportedAnswerList")]
[JsonSerializable(typeof(ImportAnswer))]
[JsonSerializable(typeof(OutlooksComparisonAnswer))]
[JsonSerializable(typeof(PathAnswer))]
[JsonSerializable(typeof(PathsAnswer))]
[JsonSerializable(typeof(PersonnelAnswer))]
[JsonSerializable(typeof(PersonnelEconomicsAnswer))]
[JsonSerializable(typeof(PlanCheckAnswer))]
[JsonSerializable(typeof(PlanHistoryAnswer))]
[JsonSerializable(typeof(RuleSetsAnswer))]
[JsonSerializable(typeof(ScorecardAnswer))]
[JsonSerializable(typeof(SimulationAnswer))]
[JsonSerializable(typeof(StatusAnswer))]
[JsonSerializable(typeof(UkraineAnswer))]
[JsonSerializable(typeof(WorldAnswer))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
