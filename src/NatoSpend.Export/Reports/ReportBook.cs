using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Status;
using NatoSpend.Export.Charts;
using NatoSpend.Export.Citations;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Rules;
using NatoSpend.Reporting.Status;

namespace NatoSpend.Export.Reports;

/// <summary>What an ally report is made of; the caller loads the data and computes the paths and plan checks.</summary>
/// <param name="Data">The NATO edition.</param>
/// <param name="Ally">The ally.</param>
/// <param name="Rules">The rule set the paths and checks follow.</param>
/// <param name="Paths">Required paths for the ally to its target by the deadline, one per shape.</param>
/// <param name="Projections">The GDP projections behind the paths, with their assumptions.</param>
/// <param name="Plans">The ally's plans checked under <paramref name="Rules"/>.</param>
/// <param name="Command">The command that makes the report again.</param>
public sealed record AllyReportInput(EditionData Data, Ally Ally, RuleSet Rules, IReadOnlyList<RequiredPath> Paths, ProjectionSet Projections, IReadOnlyList<PlanCheck> Plans, string Command);

/// <summary>What an alliance report is made of.</summary>
/// <param name="Data">The NATO edition.</param>
/// <param name="Allies">The allies reported.</param>
/// <param name="Rules">The rule set of the paths.</param>
/// <param name="View">Every ally on a path to the deadline.</param>
/// <param name="Projections">The GDP projections behind the paths.</param>
/// <param name="Command">The command that makes the report again.</param>
public sealed record AllianceReportInput(EditionData Data, IReadOnlyList<Ally> Allies, RuleSet Rules, AllianceView View, ProjectionSet Projections, string Command);

/// <summary>The HTML reports: one ally (where it stands, the gaps, the paths, its plans' verdicts, methods, citations) or the alliance.</summary>
public static class ReportBook
{
    // Drawn narrower than a standalone chart, so that its type prints at about 9 pt when the figure fills an A4 column.
    private const int ChartWidth = 820;

    private const string Methods =
        "Shares of GDP are NATO's published figures (share of real GDP at 2021 prices) and are compared with targets as NATO prints them, rounded to 2 decimals. " +
        "The gap is the target minus the share, in percentage points, and in money the gap times nominal GDP in national currency (GDP in USD times NATO's implied exchange rate), converted at stated rates. " +
        "Required paths start from the latest published share and reach the target by the deadline in the shape named (linear, minimum step, constant real growth, front-loaded); GDP beyond NATO's last year follows the IMF World Economic Outlook, then a stated long-run growth. " +
        "Plan checks are NatoSpend's explicit tests of a \"credible, incremental path\", which NATO does not define; the verdict is NatoSpend's, never NATO's. " +
        "Published and derived figures are never mixed without a label: every derived figure is calculated by NatoSpend.";

    /// <summary>The report on one ally.</summary>
    public static string Ally(AllyReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (data, ally) = (input.Data, input.Ally);
        var year = data.Years.Where(y => data.Share(ally.Code, y) is not null).DefaultIfEmpty(data.LastYear).Max();
        var e = data.EstimateYears.Contains(year) ? "e" : "";
        var ranked = StatusReport.Build(data, year, StatusReport.StandardThresholds[0], AllyRegistry.All);
        var row = ranked.Rows.FirstOrDefault(r => r.Ally.Code == ally.Code)
            ?? throw new ArgumentException($"Edition {data.Edition.Id} has no share of GDP for {ally.Name} ({ally.Code}) in {year}; choose another ally.", nameof(input));
        var page = new HtmlPage($"{ally.Name}: defence spending against NATO's pledges (NATO edition {data.Edition.Id})");
        page.Heading(1, $"{ally.Name} ({ally.Code}): defence spending against NATO's pledges");
        page.Paragraph($"NATO edition {data.Edition.Id} ({ChartStyle.DefinitionName(data.Edition.Definition)}); rule set {input.Rules.Id}: {input.Rules.Title}. Made with {ExportSources.Tool}.", "muted");

        page.Heading(2, "Where it stands");
        page.Paragraph(Invariant($"In {year}{e}, {ally.Name} spent {row.Share.Percent:0.00}% of GDP on defence{(row.Estimate ? " (a NATO estimate)" : "")}, ranked {row.Rank} of {ranked.Rows.Count} allies with figures; {Change(row)}"), "lead");
        var counts = string.Join("; ", ranked.Counts.Select(c => Invariant($"{c.AtOrAbove} of {c.Of} allies at or above {c.Threshold.Percent}%")));
        page.Paragraph(Invariant($"Across the alliance in {year}{e}: {counts} (shares rounded to 2 decimals, as NATO counts)."));
        page.Figure(ChartFile.InlineSvg(ChartBook.Ally(data, ally, input.Paths, input.Plans, ChartWidth, 560)),
            $"{ally.Name}'s share of GDP as published (solid; estimates dashed with open markers), the required paths to {input.Rules.Id}'s target (derived) and the plans given, against 2%, 3.5% and 5%.");

        page.Heading(2, "The gaps");
        var gaps = GapTable(data, ally, year);
        page.Table(gaps, caption: Invariant($"Money lacking in {year}{e} at {year} GDP; negative gaps mean the share is above the target. Derived by NatoSpend."));

        page.Heading(2, "Paths to the target");
        if (input.Paths.Count > 0)
        {
            var first = input.Paths[0];
            page.Paragraph(Invariant($"From {first.BaseShare.Percent:0.00}% in {first.BaseYear} (published) to {first.Target.Percent:0.00}% by {first.Deadline} ({input.Rules.Id}). Every later figure is derived by NatoSpend."));
            var summary = PathSummary(input.Paths);
            page.Table(summary);
            var table = PathTable.Build([first], data.Edition, input.Rules.Id, input.Projections.Assumptions);
            page.Table(table, ["year", "share", "step_pp", "real_growth_pct", "spending", "spending_usd", "extra", "cumulative_extra"],
                Invariant($"The {PathShapes.Name(first.Shape)} path year by year; money in million {ally.Currency.Code} and USD, current prices."));
        }
        else
        {
            page.Paragraph("No path was computed.");
        }

        page.Heading(2, "Plans");
        if (input.Plans.Count == 0)
        {
            page.Paragraph($"No national plan for {ally.Name} was given; check one with 'natospend check FILE' or pass --plan FILE.");
        }
        foreach (var check in input.Plans)
        {
            page.Heading(3, check.Plan.Title);
            page.Paragraph($"Verdict under {check.Rules.Id}: {check.Verdict.Label.ToUpperInvariant()}. {check.Verdict.Summary}", "verdict");
            page.Paragraph($"Basis: {check.Plan.BasisLabel}. Source: {(check.Plan.Source?.ToString() ?? "not stated")}{(check.Plan.Announced is { } p ? ", " + p : "")}.", "muted");
            page.List(check.Verdict.Reasons, numbered: true);
            if (check.Fix is { } fix)
            {
                page.Paragraph(fix.Message);
            }
            page.Table(PlanReport.Checks(check), ["check", "outcome", "weight", "years", "message"]);
        }

        page.Heading(2, "Methods and assumptions");
        page.Paragraph(Methods);
        page.List(input.Projections.Assumptions.Lines());
        page.List(input.Paths.SelectMany(p => p.Notes).Distinct());

        page.Heading(2, "Sources and citations");
        var sources = new ExportSources($"{ally.Name} report", input.Command, data.Edition, [.. input.Projections.Assumptions.Lines()], Others(input.Rules, input.Plans, input.Projections.Assumptions.Outlook));
        page.List(Citation.Lines([StatusTable.Build(ranked), gaps, PathTable.Build(input.Paths, data.Edition, input.Rules.Id, input.Projections.Assumptions)], sources), numbered: true, cssClass: "cite");
        page.Paragraph(data.Edition.SourceLine, "muted");
        return page.ToString();
    }

    /// <summary>The report on the alliance (or a group of allies).</summary>
    public static string Alliance(AllianceReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var data = input.Data;
        var year = data.LastYear;
        var e = data.EstimateYears.Contains(year) ? "e" : "";
        var target = input.Rules.CoreTarget;
        var status = StatusReport.Build(data, year, target, input.Allies);
        var page = new HtmlPage($"NATO allies' defence spending against the pledges (NATO edition {data.Edition.Id})");
        page.Heading(1, "NATO allies' defence spending against the pledges");
        page.Paragraph($"NATO edition {data.Edition.Id} ({ChartStyle.DefinitionName(data.Edition.Definition)}); rule set {input.Rules.Id}: {input.Rules.Title}. Made with {ExportSources.Tool}.", "muted");

        page.Heading(2, "Where the allies stand");
        page.Paragraph(Invariant($"In {year}{e}: {string.Join("; ", status.Counts.Select(c => Invariant($"{c.AtOrAbove} of {c.Of} allies at or above {c.Threshold.Percent}% of GDP")))} (shares rounded to 2 decimals, as NATO counts)."), "lead");
        page.Figure(ChartFile.InlineSvg(ChartBook.Status(status, ChartWidth)), Invariant($"Ranked shares of GDP in {year}{e}, with lines at 2%, 3.5% and 5%."));
        var table = StatusTable.Build(status);
        page.Table(table, ["rank", "ally", "name", "share", "estimate", "change_pp", "spending_usd_m", "gap_pp", "shortfall_usd_m"],
            Invariant($"Gap and shortfall to {target.Percent}% of GDP ({input.Rules.Id}'s core target), derived by NatoSpend."));
        page.List(table.Notes);

        page.Heading(2, "The alliance on the paths");
        var view = input.View;
        page.Figure(ChartFile.InlineSvg(ChartBook.Alliance(data, view, ChartWidth, 540)),
            Invariant($"NATO's totals at 2021 prices as published to {view.BaseYear}, then every ally on the {PathShapes.Name(view.Shape)} path to its target by {view.Deadline} (derived)."));
        var alliance = AllianceTable.Build(view, data.Edition, input.Rules.Id, input.Projections.Assumptions);
        page.Table(alliance, [.. alliance.Columns.Where(c => c.Provenance != Provenance.Label || c.Key is "year" or "allies").Select(c => c.Key).Where(k => !k.EndsWith("2021_m", StringComparison.Ordinal))]);

        page.Heading(2, "Methods and assumptions");
        page.Paragraph(Methods);
        page.List(input.Projections.Assumptions.Statements);
        page.List(alliance.Notes);

        page.Heading(2, "Sources and citations");
        var sources = new ExportSources("Alliance report", input.Command, data.Edition, [.. input.Projections.Assumptions.Statements], Others(input.Rules, [], input.Projections.Assumptions.Outlook));
        page.List(Citation.Lines([table, alliance], sources), numbered: true, cssClass: "cite");
        page.Paragraph(data.Edition.SourceLine, "muted");
        return page.ToString();
    }

    /// <summary>The gap of one ally to 2%, 3.5% and 5% in a year, in pp and money.</summary>
    public static ReportTable GapTable(EditionData data, Ally ally, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        ReportColumn[] columns =
        [
            new("target", "Target", "% of GDP", Provenance.Label),
            new("share", "Share %", "% of real GDP (2021 prices)", Provenance.Published),
            new("gap_pp", "Gap pp", "percentage points (target minus share; negative = above)", Provenance.Derived),
            new("shortfall_natcur_m", Invariant($"Shortfall (m {ally.Currency.Code})"), "million national currency, current prices, at the year's GDP", Provenance.Derived, 0),
            new("shortfall_usd_m", "Shortfall (USD m)", "million USD, current prices and exchange rates", Provenance.Derived, 0),
        ];
        var rows = StatusReport.StandardThresholds.Select(t =>
        {
            var r = StatusReport.Build(data, year, t, [ally]).Rows[0];
            return (IReadOnlyList<object?>)[Invariant($"{t.Percent}%"), r.Share.Percent, r.GapPp, r.Shortfall is { } s ? Math.Round(s.Millions, 1) : null, r.ShortfallUsd is { } u ? Math.Round(u.Millions, 1) : null];
        }).ToArray();
        return new ReportTable(columns, rows, ["Derived (calculated by NatoSpend): gap and shortfall.", data.Edition.SourceLine]);
    }

    private static ReportTable PathSummary(IReadOnlyList<RequiredPath> paths)
    {
        ReportColumn[] columns =
        [
            new("shape", "Shape", null, Provenance.Label),
            new("first_step_pp", "First step pp", "percentage points in the first year", Provenance.Derived),
            new("share_2029", "Share at review 2029 %", "% of GDP", Provenance.Derived),
            new("final_share", "Share at deadline %", "% of GDP", Provenance.Derived),
            new("cumulative_extra_usd", "Cum. extra (USD m)", "million USD, current prices, above holding the base share", Provenance.Derived, 0),
            new("real_growth", "Const. real growth %", "% a year (real-growth shape only)", Provenance.Derived),
        ];
        var rows = paths.Select(p => (IReadOnlyList<object?>)
        [
            PathShapes.Name(p.Shape),
            p.Rows.Count > 1 && p.Rows[1].StepPp is { } s ? Math.Round(s, 2) : null,
            p.Rows.FirstOrDefault(r => r.Year == 2029) is { } r29 ? Math.Round(r29.Share.Percent, 2) : null,
            Math.Round(p.Rows[^1].Share.Percent, 2),
            Math.Round(p.Rows[^1].CumulativeExtraUsd.Millions, 0),
            p.ConstantRealGrowthPct is { } g ? Math.Round(g, 2) : null,
        ]).ToArray();
        return new ReportTable(columns, rows, []);
    }

    private static string Change(StatusRow row) => row.ChangePp is { } c
        ? Invariant($"{(c >= 0 ? "up" : "down")} {Math.Abs(c):0.00} percentage points on the year before (derived).")
        : "no figure for the year before.";

    private static List<string> Others(RuleSet rules, IReadOnlyList<PlanCheck> plans, string outlook)
    {
        var others = new List<string> { $"Rule set {rules.Id}: {rules.Title}. {rules.Source}" };
        others.AddRange(plans.Select(p => $"Plan: {p.Plan.Title}{(p.Plan.Announced is { } d ? ", " + d : "")}. {p.Plan.Source?.ToString() ?? "source not stated"}; basis {p.Plan.BasisLabel}."));
        others.Add($"GDP and exchange-rate projections: IMF, {outlook} (https://www.imf.org/en/Publications/WEO), then the stated long-run growth and relative prices.");
        return others;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
