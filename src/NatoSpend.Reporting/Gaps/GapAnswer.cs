using NatoSpend.Domain.Gaps;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Rules;
using static System.FormattableString;

namespace NatoSpend.Reporting.Gaps;

/// <summary>The money allies and groups lack to reach a target as JSON (<c>natospend gap</c>, <c>GET /api/v1/gaps</c>).</summary>
/// <param name="Edition">The NATO edition's id.</param>
/// <param name="Year">The year of the published shares and GDP.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Rules">The rule set the targets come from.</param>
/// <param name="Target">The target for every ally without its own, % of GDP.</param>
/// <param name="AllyTargets">Targets set for single allies, % of GDP, by ISO3 code.</param>
/// <param name="Definition">The definition of the shares.</param>
/// <param name="Prices">The prices of the year's and the deadline's columns.</param>
/// <param name="Provenance">What is published and what derived.</param>
/// <param name="ExchangeRate">The euro rate in the year.</param>
/// <param name="DeadlineExchangeRate">The euro's projected rate in the deadline year, or <c>null</c> without a deadline.</param>
/// <param name="Source">The edition's provenance.</param>
/// <param name="Allies">One row per ally with figures, keyed by <paramref name="Columns"/>.</param>
/// <param name="NotReported">The allies without figures for the year, with the reason.</param>
/// <param name="Totals">One total per group: the selection, then each standard group inside it.</param>
/// <param name="Assumptions">The GDP and exchange-rate assumptions, one line each.</param>
/// <param name="Columns">The columns with units and provenance.</param>
/// <param name="Notes">The notes under the table.</param>
public sealed record GapAnswer(string Edition, int Year, int Deadline, RulesAnswer Rules, decimal Target, IReadOnlyDictionary<string, decimal> AllyTargets,
    string Definition, string Prices, string Provenance, EuroRateAnswer ExchangeRate, EuroRateAnswer? DeadlineExchangeRate, EditionAnswer Source,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Allies, IReadOnlyList<NotReportedAnswer> NotReported, IReadOnlyList<GapTotalAnswer> Totals,
    IReadOnlyList<string> Assumptions, IReadOnlyList<ColumnAnswer> Columns, IReadOnlyList<string> Notes)
{
    /// <summary>The report as an answer.</summary>
    /// <param name="report">The report, built with a deadline.</param>
    /// <param name="table">The report's table (<see cref="GapTable.Build"/>).</param>
    /// <param name="rules">The rule set the targets came from.</param>
    /// <param name="deadline">The deadline.</param>
    /// <param name="assumptions">The GDP projection's assumption lines.</param>
    public static GapAnswer Of(GapReport report, ReportTable table, RuleSet rules, int deadline, IEnumerable<string> assumptions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(assumptions);
        var y = report.Year;
        return new GapAnswer(report.Edition.Id, y, deadline, RulesAnswer.Of(rules), report.Targets.Default.Percent,
            report.Targets.ByAlly.ToDictionary(p => p.Key.Value, p => p.Value.Percent, StringComparer.Ordinal), report.Edition.DefinitionLabel,
            Invariant($"{y} columns: current prices of {y}; deadline columns: current prices of {deadline}, on projected GDP"),
            "shares and GDP in USD published; money lacking, GDP in national currency and every deadline figure derived by NatoSpend",
            EuroRateAnswer.Of(report.Rate), report.DeadlineRate is { } dr ? EuroRateAnswer.Of(dr) : null, EditionAnswer.Of(report.Edition),
            RowAnswer.Of(table), [.. report.NotReported.Select(a => new NotReportedAnswer(a.Code.Value, a.NoDataReason ?? "no figure for this year"))],
            [.. report.Totals.Select(GapTotalAnswer.Of)], [.. assumptions], ColumnAnswer.Of(table), table.Notes);
    }
}

/// <summary>A euro rate as JSON.</summary>
/// <param name="Year">The year of the rate.</param>
/// <param name="EurPerUsd">Euros per US dollar.</param>
/// <param name="Basis">Where the rate comes from.</param>
public sealed record EuroRateAnswer(int Year, decimal EurPerUsd, string Basis)
{
    /// <summary>The rate as an answer, to 6 decimals.</summary>
    public static EuroRateAnswer Of(EuroRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return new EuroRateAnswer(rate.Year, Math.Round(rate.EurPerUsd, 6), rate.Basis);
    }
}

/// <summary>An ally asked for but without figures, as JSON.</summary>
/// <param name="Ally">The ally's ISO3 code.</param>
/// <param name="Reason">Why it has no figures.</param>
public sealed record NotReportedAnswer(string Ally, string Reason);

/// <summary>A group's totals as JSON: the sum of shortfalls, and the aggregate gap where allies above the target offset those below.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Allies">How many allies with figures it sums.</param>
/// <param name="SharePct">The group's share of GDP, % (GDP-weighted).</param>
/// <param name="SumOfShortfallsUsdM">The sum of the allies' shortfalls, million USD.</param>
/// <param name="AggregateGapUsdM">The group's aggregate gap, million USD (negative when above).</param>
/// <param name="SumOfShortfallsEurM">The sum of shortfalls, million EUR.</param>
/// <param name="AggregateGapEurM">The aggregate gap, million EUR.</param>
/// <param name="DeadlineSumOfShortfallsUsdM">The sum of shortfalls at the deadline, million USD, or <c>null</c>.</param>
/// <param name="DeadlineAggregateGapUsdM">The aggregate gap at the deadline, million USD, or <c>null</c>.</param>
/// <param name="Prices">The prices and the meaning of the aggregate.</param>
public sealed record GapTotalAnswer(string Group, int Allies, decimal SharePct, decimal SumOfShortfallsUsdM, decimal AggregateGapUsdM,
    decimal SumOfShortfallsEurM, decimal AggregateGapEurM, decimal? DeadlineSumOfShortfallsUsdM, decimal? DeadlineAggregateGapUsdM, string Prices)
{
    /// <summary>A group's totals as an answer, money to 0.1 million.</summary>
    public static GapTotalAnswer Of(GapTotal total)
    {
        ArgumentNullException.ThrowIfNull(total);
        return new GapTotalAnswer(total.Group, total.Allies, Math.Round(total.SharePct, 4), Math.Round(total.SumOfShortfallsUsd.Millions, 1),
            Math.Round(total.AggregateGapUsd.Millions, 1), Math.Round(total.SumOfShortfallsEur.Millions, 1), Math.Round(total.AggregateGapEur.Millions, 1),
            total.SumAtDeadlineUsd is { } s ? Math.Round(s.Millions, 1) : null, total.AggregateAtDeadlineUsd is { } n ? Math.Round(n.Millions, 1) : null,
            "million USD (and EUR), current prices; aggregate = sum of (target − share) × GDP, allies above offsetting those below");
    }
}
