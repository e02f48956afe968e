using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting;
using static System.FormattableString;

namespace NatoSpend.Reporting.Plans;

/// <summary>A checked plan as report tables: its checks, and its years in shares and money both ways.</summary>
public static class PlanReport
{
    /// <summary>One row per check, each labelled with the ally, rule set, basis and verdict, so that a CSV row stands alone.</summary>
    public static ReportTable Checks(PlanCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("rules", "Rules", null, Provenance.Label),
            new("basis", "Basis", null, Provenance.Label),
            new("verdict", "Verdict", null, Provenance.Label),
            new("check", "Check", null, Provenance.Label),
            new("outcome", "Outcome", null, Provenance.Label),
            new("weight", "Weight", null, Provenance.Label),
            new("years", "Years", null, Provenance.Label),
            new("numbers", "Numbers", null, Provenance.Derived),
            new("message", "Finding", null, Provenance.Derived),
        ];
        var rows = check.Checks.Select(k => (IReadOnlyList<object?>)
        [
            check.Plan.Ally.Code.Value,
            check.Rules.Id,
            check.Plan.Basis == PlanBasis.National ? "national" : "nato",
            check.Verdict.Label,
            k.Name,
            k.OutcomeLabel,
            k.WeightLabel,
            YearRanges.Text(k.Years),
            NumbersText(k.Numbers),
            k.Message,
        ]).ToArray();
        return new ReportTable(columns, rows, Notes(check));
    }

    /// <summary>One row per year the plan gives: core share and spending (one given, the other derived), related ledger, Ukraine (and the core share checked when the rule set takes it out), equipment, step, real growth, NATO's figure.</summary>
    public static ReportTable Years(PlanCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var currency = check.Plan.Currency.Code;
        var takesOut = PlanChecker.TakesOutUkraine(check);
        var equipment = check.Plan.Years.Any(y => y.EquipmentShare is not null);
        List<ReportColumn> columns =
        [
            new("year", "Year", null, Provenance.Label),
            new("basis", "Basis", null, Provenance.Label),
            new("core_given_as", "Given as", null, Provenance.Label),
            new("core_share", "Core % GDP", "% of GDP", Provenance.Derived),
            new("core_spending", $"Core m {currency}", $"million {currency}, current prices", Provenance.Derived, 0),
            new("related_share", "Related % GDP", "% of GDP", Provenance.Derived),
            new("related_spending", $"Related m {currency}", $"million {currency}, current prices", Provenance.Derived, 0),
            new("related_counted", "Related counted %", "% of GDP", Provenance.Derived),
            new("ukraine_share", "Ukraine % GDP", "% of GDP", Provenance.Derived),
            new("step_pp", "Step pp/yr", "percentage points a year", Provenance.Derived),
            new("real_growth_pct", "Real growth %", "% a year, GDP deflator", Provenance.Derived, 1),
            new("nato_published_share", "NATO % GDP", "% of real GDP, NATO core definition", Provenance.Published),
            new("gdp", $"GDP m {currency}", $"million {currency}, current prices", Provenance.Derived, 0),
            new("note", "Note", null, Provenance.Label),
        ];
        // Columns a plan only has when they act: the share checked without Ukraine, and the equipment share it gives.
        if (takesOut)
        {
            columns.Insert(columns.FindIndex(k => k.Key == "ukraine_share") + 1,
                new("core_checked_share", "Core checked % GDP", "% of GDP: core less the Ukraine contributions the rule set does not count", Provenance.Derived));
        }
        if (equipment)
        {
            columns.Insert(columns.FindIndex(k => k.Key == "note"),
                new("equipment_share", "Equipment %", "% of core defence spending on major equipment incl. R&D, as the plan gives it", Provenance.Derived));
        }
        var basis = check.Plan.Basis == PlanBasis.National ? "national" : "nato";
        var rows = check.Years.Select(y => (IReadOnlyList<object?>)
        [
            y.Year,
            basis,
            y.CoreGivenAs,
            Round(y.CoreShare, 4),
            Millions(y.CoreSpending),
            Round(y.RelatedShare, 4),
            Millions(y.RelatedSpending),
            Round(y.RelatedCounted, 4),
            Round(y.UkraineShare, 4),
            .. takesOut ? [Round(PlanChecker.CountedCoreShare(y, check.Rules), 4)] : Array.Empty<object?>(),
            Round(y.StepPp, 4),
            Round(y.RealGrowthPct, 2),
            y.Published?.Percent,
            Millions(y.Gdp),
            .. equipment ? [check.Plan.Find(y.Year)?.EquipmentShare] : Array.Empty<object?>(),
            y.Note,
        ]).ToArray();
        return new ReportTable(columns, rows, Notes(check));
    }

    /// <summary>The numbers of a check as text, such as <c>share 2032 = 3.23 %; target = 3.50 %</c>.</summary>
    public static string NumbersText(IReadOnlyList<CheckNumber> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return string.Join("; ", numbers.Select(n => Invariant($"{n.Name} = {n.Value.ToString(CultureInfo.InvariantCulture)} {n.Unit}")));
    }

    /// <summary>The lines every output of a check carries: plan, basis, rules and sources.</summary>
    public static IReadOnlyList<string> Notes(PlanCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var plan = check.Plan;
        var published = plan.AnnouncedLabel;
        var source = plan.Source?.ToString() ?? "no source given";
        var lines = new List<string>
        {
            $"Plan: {plan.Title} ({published}; {source}); basis: {plan.BasisLabel}.",
        };
        if (plan.Basis == PlanBasis.National)
        {
            lines.Add("The plan's figures are on a national basis: they are the ally's claim, never NATO's figures, and may differ from NATO's core definition.");
        }
        lines.Add($"Rules: {check.Rules.Id}, {check.Rules.Title}; {check.Rules.Citation}.");
        lines.Add($"NATO figures: {check.Economy.PublishedSource}");
        lines.Add("Core share and core spending: one is given by the plan (see 'given as'), the other derived on the GDP below; related counted = related capped at the rule set's cap.");
        if (PlanChecker.TakesOutUkraine(check))
        {
            var taken = check.Years.Where(y => y.UkraineShare is > 0m).Select(y => Invariant($"{y.Year} {y.UkraineShare:0.00}%"));
            lines.Add(Invariant($"Rule set {check.Rules.Id} does not count contributions to Ukraine, so the plan's Ukraine figures ({string.Join(", ", taken)} of GDP) are taken out of the core share every check uses (core checked); NATO's published figures, which include the aid allies report, are compared with the plan's core as given."));
        }
        lines.Add("NatoSpend's tests, with parameters from the rule set; NATO does not define a credible, incremental path.");
        return lines;
    }

    private static decimal? Round(decimal? value, int decimals) => value is { } v ? decimal.Round(v, decimals, MidpointRounding.AwayFromZero) : null;

    private static decimal? Millions(decimal? units) => units is { } v ? decimal.Round(v / 1_000_000m, 1, MidpointRounding.AwayFromZero) : null;
}
