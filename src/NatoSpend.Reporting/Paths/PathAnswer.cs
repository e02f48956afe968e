using NatoSpend.Domain.Paths;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Paths;

/// <summary>One ally's required path as JSON (<c>natospend path DEU</c>, <c>GET /api/v1/paths?ally=DEU</c>): the setup, then the path at the top level.</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Currency">The ally's currency.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Shape">The path shape.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Parameters">The shape's parameters.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Definition">The definition of the shares.</param>
/// <param name="Prices">The prices of the money columns.</param>
/// <param name="Provenance">What is published and what derived.</param>
/// <param name="Source">The edition's provenance.</param>
/// <param name="Assumptions">The GDP and exchange-rate assumptions, one line each.</param>
/// <param name="Target">The target, % of GDP.</param>
/// <param name="BaseShare">The published base-year share, % of GDP.</param>
/// <param name="ReachesTarget">Whether the path reaches the target by the deadline.</param>
/// <param name="TargetReachedYear">The year it reaches the target, if it does.</param>
/// <param name="AlreadyAtTarget">Whether the base share is already at the target.</param>
/// <param name="ConstantRealGrowthPct">The constant real growth of spending the path implies, % a year.</param>
/// <param name="PathNotes">Notes on this path.</param>
/// <param name="Years">One row per year, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record PathAnswer(string Ally, string Name, string Currency, RulesAnswer Rules, string Shape, int BaseYear, int Deadline,
    ShapeParameters Parameters, string Edition, string Definition, string Prices, string Provenance, EditionAnswer Source,
    IReadOnlyList<string> Assumptions, decimal Target, decimal BaseShare, bool ReachesTarget, int? TargetReachedYear, bool AlreadyAtTarget,
    decimal? ConstantRealGrowthPct, IReadOnlyList<string> PathNotes, IReadOnlyList<IReadOnlyDictionary<string, object?>> Years,
    IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes);

/// <summary>Several allies' required paths as JSON (<c>natospend path --allies</c>, <c>GET /api/v1/paths?allies=</c>).</summary>
/// <param name="Rules">The rule set.</param>
/// <param name="Shape">The path shape.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Parameters">The shape's parameters.</param>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Definition">The definition of the shares.</param>
/// <param name="Prices">The prices of the money columns.</param>
/// <param name="Provenance">What is published and what derived.</param>
/// <param name="Source">The edition's provenance.</param>
/// <param name="Assumptions">The GDP and exchange-rate assumptions, one line each.</param>
/// <param name="Paths">One path per ally with a base-year share.</param>
/// <param name="NotReported">One line per ally asked for without a base-year share.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record PathsAnswer(RulesAnswer Rules, string Shape, int BaseYear, int Deadline, ShapeParameters Parameters, string Edition,
    string Definition, string Prices, string Provenance, EditionAnswer Source, IReadOnlyList<string> Assumptions,
    IReadOnlyList<AllyPathAnswer> Paths, IReadOnlyList<string> NotReported, IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes);

/// <summary>One ally's path within <see cref="PathsAnswer"/>.</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Currency">The ally's currency.</param>
/// <param name="Target">The target, % of GDP.</param>
/// <param name="BaseShare">The published base-year share, % of GDP.</param>
/// <param name="ReachesTarget">Whether the path reaches the target by the deadline.</param>
/// <param name="TargetReachedYear">The year it reaches the target, if it does.</param>
/// <param name="AlreadyAtTarget">Whether the base share is already at the target.</param>
/// <param name="ConstantRealGrowthPct">The constant real growth of spending the path implies, % a year.</param>
/// <param name="PathNotes">Notes on this path.</param>
/// <param name="Years">One row per year, keyed by the answer's columns.</param>
public sealed record AllyPathAnswer(string Ally, string Name, string Currency, decimal Target, decimal BaseShare, bool ReachesTarget,
    int? TargetReachedYear, bool AlreadyAtTarget, decimal? ConstantRealGrowthPct, IReadOnlyList<string> PathNotes,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Years);

/// <summary>A path shape's parameters as JSON.</summary>
/// <param name="MinStepPp">A min-step path's step, pp a year.</param>
/// <param name="FrontLoadFraction">A front-loaded path's fraction of the remaining distance a year.</param>
public sealed record ShapeParameters(decimal MinStepPp, decimal FrontLoadFraction)
{
    /// <summary>The parameters as an answer.</summary>
    public static ShapeParameters Of(PathParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new ShapeParameters(parameters.MinStepPp, parameters.FrontLoadFraction);
    }
}
