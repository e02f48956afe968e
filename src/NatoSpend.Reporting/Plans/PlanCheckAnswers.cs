using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Plans;

/// <summary>A checked plan as JSON (<c>natospend check FILE --format json</c>, <c>POST /api/v1/plans/check</c>): the plan, rules, target, verdict with reasons, each check with its numbers, the smallest fix, the years both ways, assumptions and sources.</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Name">The ally's name.</param>
/// <param name="Currency">The ally's currency.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Target">The ally's core target, % of GDP.</param>
/// <param name="Basis"><c>nato</c> or <c>national</c>.</param>
/// <param name="BasisStated">Whether the plan states its basis.</param>
/// <param name="BasisLabel">The basis in words.</param>
/// <param name="Verdict"><c>credible</c>, <c>not credible</c> or <c>incomplete</c>.</param>
/// <param name="Summary">The verdict in one sentence.</param>
/// <param name="Reasons">The reasons, in order of weight.</param>
/// <param name="Checks">Every check with its numbers.</param>
/// <param name="Fix">The smallest fix of a plan that is not credible, else <c>null</c>.</param>
/// <param name="Years">One row per year the plan gives, keyed by <paramref name="Columns"/>.</param>
/// <param name="Columns">The columns of the years with units and provenance.</param>
/// <param name="Assumptions">The GDP and exchange-rate assumptions, one line each.</param>
/// <param name="Sources">The plan's, NATO's and the rule set's sources.</param>
/// <param name="Notes">The notes every output of a check carries.</param>
/// <param name="Figures">Every figure of the plan as its source states it.</param>
/// <param name="Announced">The verdict on the announced points.</param>
/// <param name="Reconciliation">The plan's amounts against its shares, and its shares against NATO's.</param>
/// <param name="UkraineCrossCheck">The plan's Ukraine column against Kiel's record, empty when the plan has none.</param>
public record PlanCheckAnswer(string Ally, string Name, string Currency, RulesAnswer Rules, decimal Target, string Basis, bool BasisStated,
    string BasisLabel, string Verdict, string Summary, IReadOnlyList<string> Reasons, IReadOnlyList<CheckAnswer> Checks, FixAnswer? Fix,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Years, IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Assumptions,
    PlanSourcesAnswer Sources, IReadOnlyList<string> Notes, IReadOnlyList<PlanFigureAnswer> Figures, AnnouncedAnswer Announced,
    IReadOnlyList<ReconciliationAnswer> Reconciliation, IReadOnlyList<UkraineCrossCheckAnswer> UkraineCrossCheck)
{
    /// <summary>The check as an answer.</summary>
    /// <param name="check">The checked plan.</param>
    /// <param name="checks">Its checks table (<see cref="PlanReport.Checks"/>), whose notes the answer carries.</param>
    /// <param name="years">Its years table (<see cref="PlanReport.Years"/>).</param>
    /// <param name="ukraine">The plan's Ukraine column cross-checked against Kiel, empty when the plan gives none.</param>
    public static PlanCheckAnswer Of(PlanCheck check, ReportTable checks, ReportTable years, IReadOnlyList<UkraineYearCheck> ukraine)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(ukraine);
        var plan = check.Plan;
        var currency = plan.Currency.Code;
        return new PlanCheckAnswer(plan.Ally.Code.Value, plan.Ally.Name, currency, RulesAnswer.Of(check.Rules), check.Target.Percent,
            BasisKey(plan.Basis), plan.BasisStated, plan.BasisLabel, check.Verdict.Label, check.Verdict.Summary, check.Verdict.Reasons,
            [.. check.Checks.Select(CheckAnswer.Of)],
            check.Fix is { } fix ? new FixAnswer(fix.Passes, fix.Message, [.. fix.Changes.Select(c => FixChangeAnswer.Of(c, currency))]) : null,
            RowAnswer.Of(years), ColumnAnswer.Of(years), check.Economy.Assumptions,
            new PlanSourcesAnswer(new PlanSourceAnswer(plan.Title, plan.Announced, plan.Revises, plan.Source?.ToString(), plan.BasisLabel), check.Economy.PublishedSource, check.Rules.Source),
            checks.Notes,
            [.. plan.Years.SelectMany(y => (y.Figures ?? []).Select(f => PlanFigureAnswer.Of(y.Year, f, currency)))],
            AnnouncedAnswer.Of(AnnouncedPath.Judge(check), currency),
            [.. PlanReconciliation.Build(check).Select(r => ReconciliationAnswer.Of(r, currency))],
            [.. ukraine.Select(UkraineCrossCheckAnswer.Of)]);
    }

    /// <summary>A basis as its key: <c>national</c> or <c>nato</c>.</summary>
    public static string BasisKey(PlanBasis basis) => basis == PlanBasis.National ? "national" : "nato";
}

/// <summary>One check of a plan with its numbers.</summary>
/// <param name="Name">The check's name.</param>
/// <param name="Outcome"><c>pass</c>, <c>fail</c> or <c>not applicable</c>.</param>
/// <param name="Weight"><c>decisive</c> or <c>flag</c>.</param>
/// <param name="Undecided">Whether the check could not decide (a year is missing).</param>
/// <param name="Years">The years the finding concerns.</param>
/// <param name="Numbers">The numbers behind the finding.</param>
/// <param name="Message">The finding in one sentence.</param>
public sealed record CheckAnswer(string Name, string Outcome, string Weight, bool Undecided, IReadOnlyList<int> Years, IReadOnlyList<CheckNumberAnswer> Numbers, string Message)
{
    /// <summary>A check as an answer.</summary>
    public static CheckAnswer Of(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new CheckAnswer(check.Name, check.OutcomeLabel, check.WeightLabel, check.Undecided, check.Years,
            [.. check.Numbers.Select(n => new CheckNumberAnswer(n.Name, n.Value, n.Unit))], check.Message);
    }
}

/// <summary>A number behind a check's finding.</summary>
/// <param name="Name">What it is, such as <c>share 2032</c>.</param>
/// <param name="Value">Its value.</param>
/// <param name="Unit">Its unit.</param>
public sealed record CheckNumberAnswer(string Name, decimal Value, string Unit);

/// <summary>The least upward change to named years that makes a failing plan pass its decisive checks.</summary>
/// <param name="Passes">Whether the plan with the changes passes every decisive check.</param>
/// <param name="Message">The fix in one or more sentences.</param>
/// <param name="Changes">The changes, year by year.</param>
public sealed record FixAnswer(bool Passes, string Message, IReadOnlyList<FixChangeAnswer> Changes);

/// <summary>One change the smallest fix makes.</summary>
/// <param name="Year">The year.</param>
/// <param name="Ledger"><c>core</c>, <c>related</c> or <c>equipment</c>.</param>
/// <param name="FromShare">The plan's share, % of GDP (equipment: % of core spending).</param>
/// <param name="ToShare">The least share that passes, in the same unit.</param>
/// <param name="ChangePp">The rise, pp.</param>
/// <param name="ChangeMoneyMillions">The extra spending, millions of national currency, current prices (derived), or <c>null</c> when not known.</param>
/// <param name="Currency">The national currency.</param>
/// <param name="Message">The change in words.</param>
public sealed record FixChangeAnswer(int Year, string Ledger, decimal FromShare, decimal ToShare, decimal ChangePp, decimal? ChangeMoneyMillions, string Currency, string Message)
{
    /// <summary>A change as an answer.</summary>
    public static FixChangeAnswer Of(FixChange change, string currency)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new FixChangeAnswer(change.Year, change.Ledger, change.FromPercent, change.ToPercent, change.ChangePp,
            change.Money is { } m ? decimal.Round(m.Millions, 1) : null, currency, change.Message);
    }
}

/// <summary>Where a check's figures come from.</summary>
/// <param name="Plan">The plan's own source.</param>
/// <param name="Nato">NATO's published figures the plan is checked on.</param>
/// <param name="Rules">The rule set's source.</param>
public sealed record PlanSourcesAnswer(PlanSourceAnswer Plan, string Nato, string Rules);

/// <summary>A plan's source as it states it.</summary>
/// <param name="Title">The plan's title.</param>
/// <param name="Published">When it was announced, if stated.</param>
/// <param name="Revises">The plan it revises, if any.</param>
/// <param name="Url">Its source's address, if stated.</param>
/// <param name="Basis">Its basis in words.</param>
public sealed record PlanSourceAnswer(string Title, string? Published, string? Revises, string? Url, string Basis);

/// <summary>A figure of the plan as its source states it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Column">The plan column, such as <c>core_share</c>.</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit"><c>% of GDP</c>, or millions of national currency at current prices.</param>
/// <param name="Basis"><c>nato</c> or <c>national</c>.</param>
/// <param name="Source">The figure's source, if stated.</param>
/// <param name="Date">The source's date, if stated.</param>
/// <param name="Grade">The source's grade, if stated.</param>
public sealed record PlanFigureAnswer(int Year, string Column, decimal Value, string Unit, string Basis, string? Source, string? Date, string? Grade)
{
    /// <summary>A figure of a year as an answer.</summary>
    public static PlanFigureAnswer Of(int year, PlanFigure figure, string currency)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new PlanFigureAnswer(year, figure.Column, figure.Value,
            figure.Column.EndsWith("_share", StringComparison.Ordinal) ? "% of GDP" : "million " + currency + ", current prices",
            PlanCheckAnswer.BasisKey(figure.Basis), figure.Source?.ToString(), figure.Date, figure.Grade);
    }
}

/// <summary>A year of a plan's Ukraine column against Kiel's record: a warning, never the verdict.</summary>
/// <param name="Year">The year.</param>
/// <param name="PlanNatcurM">The plan's figure, millions of national currency.</param>
/// <param name="KielNatcurM">Kiel's figure in national currency at NATO's implied rates (derived), millions, if Kiel has the year.</param>
/// <param name="KielEurM">Kiel's figure, EUR millions, if Kiel has the year.</param>
/// <param name="KielCompleteYear">Whether Kiel covers the whole year.</param>
/// <param name="KielMonths">The months Kiel covers, such as <c>Jan-Apr</c>.</param>
/// <param name="Warning">The warning, or <c>null</c> when the figures agree.</param>
/// <param name="Source">Kiel's release and how it is converted.</param>
public sealed record UkraineCrossCheckAnswer(int Year, decimal PlanNatcurM, decimal? KielNatcurM, decimal? KielEurM, bool KielCompleteYear, string KielMonths,
    string? Warning, string Source)
{
    /// <summary>A year's cross-check as an answer.</summary>
    public static UkraineCrossCheckAnswer Of(UkraineYearCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new UkraineCrossCheckAnswer(check.Year, check.PlanNationalM, check.KielNationalM, check.KielEurM, check.CompleteYear, check.KielMonths, check.Warning,
            "Kiel Institute, Ukraine Support Tracker, Release 29 (military allocations); national currency at NATO's implied rates (derived)");
    }
}
