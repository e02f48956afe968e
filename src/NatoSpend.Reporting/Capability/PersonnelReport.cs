using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;
using static System.FormattableString;

namespace NatoSpend.Reporting.Capability;

/// <summary>One ally's part of an addition of service members, and its weight in the spread.</summary>
/// <param name="Cost">The ally's cost year by year against its path.</param>
/// <param name="WeightPct">The ally's weight in the spread, percent of the selection (100 for one ally).</param>
public sealed record PersonnelShare(PersonnelCost Cost, decimal WeightPct);

/// <summary>
/// The cost of adding service members, for one ally year by year or spread over several, against each ally's required path:
/// what <c>natospend personnel --add</c> and <c>GET /api/v1/personnel</c> both answer.
/// </summary>
/// <param name="Added">Service members added by the deadline, in all.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Ramp">How they arrive.</param>
/// <param name="Key">How the need is spread, or <c>null</c> for one ally.</param>
/// <param name="Rules">The rule set of the paths.</param>
/// <param name="Shape">The paths' shape.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Results">One entry per ally.</param>
/// <param name="Table">Year by year for one ally, one row per ally for a spread.</param>
/// <param name="Projections">The GDP projections with their assumptions.</param>
public sealed record PersonnelReport(decimal Added, int Deadline, int BaseYear, Ramp Ramp, SpreadKey? Key, RuleSet Rules, PathShape Shape, Edition Edition,
    IReadOnlyList<PersonnelShare> Results, ReportTable Table, ProjectionSet Projections)
{
    /// <summary>Costs <paramref name="count"/> more service members for one ally, or spread over <paramref name="picked"/> by <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">No ally has figures in the base year, or a value is out of range.</exception>
    public static PersonnelReport Build(EditionData data, MacroOutlook outlook, UnitCostBook book, RuleSet rules, IReadOnlyList<Ally> picked, bool spread,
        decimal count, Ramp ramp, SpreadKey key, Targets targets, PathShape shape, PathParameters parameters, int baseYear, int deadline, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(picked);
        ArgumentNullException.ThrowIfNull(targets);
        RequiredPath.ValidateDeadline(deadline, baseYear, Years.Last);
        var (parts, leftOut) = spread
            ? PersonnelCost.Spread(data, [.. picked.Where(a => a.HasExpenditureData)], count, key, baseYear)
            : ([(picked[0], count, 100m)], []);
        var reported = parts.Select(p => p.Ally).Where(a => data.Share(a.Code, baseYear) is not null).ToArray();
        if (reported.Length == 0)
        {
            throw new ArgumentException(
                $"Edition {data.Edition.Id} has no figures for {picked[0].Name} ({picked[0].Code}) in {baseYear.ToString(CultureInfo.InvariantCulture)}; choose another ally.", nameof(picked));
        }
        var projections = ProjectionSet.Build(data, reported, outlook, baseYear, deadline, options);
        var results = new List<PersonnelShare>();
        foreach (var projection in projections.Projections)
        {
            var ally = projection.Ally;
            var path = RequiredPath.Compute(projection, data.Share(ally.Code, baseYear)!.Value, targets.For(ally.Code), deadline, shape, parameters);
            var costs = CostsFor(book, data, ally, baseYear);
            var part = parts.Single(p => p.Ally == ally);
            results.Add(new PersonnelShare(PersonnelCost.Compute(projection, part.Part, deadline, ramp, costs, path), part.WeightPct));
        }
        var table = spread ? SpreadTable(results, key, leftOut) : YearTable(results[0].Cost);
        return new PersonnelReport(count, deadline, baseYear, ramp, spread ? key : null, rules, shape, data.Edition, results, table, projections);
    }

    /// <summary>The report as an answer: the addition, its parameters, the unit costs with their sources, the rows, assumptions and labels.</summary>
    public PersonnelAnswer ToAnswer() => new(Added, Deadline, BaseYear, Ramp.ToString().ToLowerInvariant(), Key?.ToString().ToLowerInvariant(),
        RulesAnswer.Of(Rules), PathShapes.Name(Shape), Edition.Id, [.. Results.SelectMany(r => r.Cost.Costs).Select(UnitCostAnswer.Of)],
        RowAnswer.Of(Table), ColumnAnswer.Of(Table), [.. Projections.Assumptions.Lines()], Table.Notes);

    // The user's costs where the file gives them; otherwise the member cost derived from the ally's own NATO figures.
    private static IReadOnlyList<UnitCost> CostsFor(UnitCostBook book, EditionData data, Ally ally, int baseYear)
    {
        var member = book.Find(ally.Code, UnitCostItem.ServiceMemberPerYear) ?? UnitCost.DerivedServiceMember(data, ally, baseYear);
        UnitCost?[] all =
        [
            member,
            book.Find(ally.Code, UnitCostItem.BrigadeSize),
            book.Find(ally.Code, UnitCostItem.BrigadePerYear),
            book.Find(ally.Code, UnitCostItem.BrigadeEquipmentOneOff),
        ];
        return [.. all.OfType<UnitCost>()];
    }

    private static ReportTable YearTable(PersonnelCost cost)
    {
        var cur = cost.Ally.Currency.Code;
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label),
            new("added", "Added (in service)", "service members in service that year", Provenance.Derived, 0),
            new("cost_natcur_m", Invariant($"Cost (m {cur})"), Invariant($"million {cur}, current prices"), Provenance.Derived, 1),
            new("cost_usd_m", "Cost (USD m)", "million USD, current prices, held exchange rate", Provenance.Derived, 1),
            new("cost_pp_gdp", "Cost pp GDP", "percentage points of projected nominal GDP", Provenance.Derived, 3),
            new("path_extra_natcur_m", Invariant($"Path extra (m {cur})"), Invariant($"million {cur}: the path's spending above holding the base share"), Provenance.Derived, 1),
            new("absorbed_pct", "Absorbed %", "the cost as a percent of the path's extra that year", Provenance.Derived, 1),
        ];
        var rows = cost.Years.Select(y => (IReadOnlyList<object?>)
        [
            cost.Ally.Code.Value, y.Year, Math.Round(y.Added, 0), Math.Round(y.Cost.Millions, 1), Math.Round(y.CostUsd.Millions, 1),
            Math.Round(y.SharePp, 4), y.PathExtra is { } e ? Math.Round(e.Millions, 1) : null, y.AbsorbedPct is { } a ? Math.Round(a, 1) : null,
        ]).ToList();
        var cumulative = cost.CumulativeCost;
        var extra = cost.CumulativePathExtra;
        rows.Add(
        [
            cost.Ally.Code.Value, "total", null, Math.Round(cumulative.Millions, 1), Math.Round(cost.Years.Sum(y => y.CostUsd.Millions), 1), null,
            extra is { } x ? Math.Round(x.Millions, 1) : null, extra is { Amount: > 0m } x2 ? Math.Round(100m * cumulative.Amount / x2.Amount, 1) : null,
        ]);
        return new ReportTable(columns, rows, [.. cost.Notes, "Every figure is derived by NatoSpend; the unit costs are inputs with the sources above, never NATO facts."]);
    }

    private static ReportTable SpreadTable(IReadOnlyList<PersonnelShare> results, SpreadKey key, IReadOnlyList<Ally> leftOut)
    {
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("weight_pct", Invariant($"Key ({key.ToString().ToLowerInvariant()}) %"), "percent of the selection's total", Provenance.Derived, 1),
            new("added", "Added", "service members by the deadline", Provenance.Derived, 0),
            new("currency", "Cur.", null, Provenance.Label),
            new("member_cost", "Cost/member/yr", "national currency at its price year (see the unit costs)", Provenance.Derived, 0),
            new("deadline_cost_natcur_m", "Cost at deadline (m, nat.)", "million national currency, current prices, in the deadline year", Provenance.Derived, 1),
            new("deadline_cost_usd_m", "Cost at deadline (USD m)", "million USD, current prices", Provenance.Derived, 1),
            new("deadline_cost_pp_gdp", "pp GDP", "percentage points of projected GDP in the deadline year", Provenance.Derived, 3),
            new("cumulative_cost_usd_m", "Cumulative (USD m)", "million USD, current prices, base year to deadline", Provenance.Derived, 0),
            new("absorbed_pct", "Absorbed %", "cumulative cost as a percent of the path's cumulative extra", Provenance.Derived, 1),
        ];
        var rows = results.Select(r =>
        {
            var last = r.Cost.Years[^1];
            var extra = r.Cost.CumulativePathExtra;
            return (IReadOnlyList<object?>)
            [
                r.Cost.Ally.Code.Value, r.Cost.Ally.Name, Math.Round(r.WeightPct, 2), Math.Round(r.Cost.Added, 0), r.Cost.Ally.Currency.Code,
                r.Cost.Costs[0].Value, Math.Round(last.Cost.Millions, 1), Math.Round(last.CostUsd.Millions, 1), Math.Round(last.SharePp, 4),
                Math.Round(r.Cost.Years.Sum(y => y.CostUsd.Millions), 0),
                extra is { Amount: > 0m } x ? Math.Round(100m * r.Cost.CumulativeCost.Amount / x.Amount, 1) : null,
            ];
        }).ToList();
        var notes = new List<string>
        {
            Invariant($"Total at the deadline: USD {results.Sum(r => r.Cost.Years[^1].CostUsd.Millions):#,0} m a year; cumulative USD {results.Sum(r => r.Cost.Years.Sum(y => y.CostUsd.Millions)):#,0} m (derived)."),
            Invariant($"Spread by {key.ToString().ToLowerInvariant()} in the base year from NATO's figures{(key == SpreadKey.Population ? " (population = GDP at 2021 prices ÷ GDP per capita at 2021 prices, derived)" : "")}."),
        };
        notes.AddRange(leftOut.Select(a => $"{a.Name} ({a.Code}): no figure for the key; left out of the spread."));
        notes.AddRange(results.SelectMany(r => r.Cost.Costs).Select(c => c.Label));
        notes.Add("Every figure is derived by NatoSpend; the unit costs are inputs with the sources above, never NATO facts.");
        return new ReportTable(columns, rows, notes);
    }
}
