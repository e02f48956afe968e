using static System.FormattableString;

namespace NatoSpend.Domain.Plans;

/// <summary>One reconciliation of a plan year: an amount against the share the plan claims, or the plan against NATO's published figure.</summary>
/// <param name="Year">The year.</param>
/// <param name="Kind"><c>amount-vs-share</c> (a year given both in money and as a share) or <c>plan-vs-nato</c> (a year NATO publishes).</param>
/// <param name="PlanShare">The plan's share, percent of GDP: the share it claims, or for <c>amount-vs-share</c> the share it claims beside the amount.</param>
/// <param name="OtherShare">The amount as a share of GDP on the GDP used (derived), or NATO's published share.</param>
/// <param name="DifferencePp">The plan's share minus the other, percentage points.</param>
/// <param name="DifferenceMoney">The difference in national currency units, current prices, on the GDP used (derived), or <c>null</c> when GDP is not known.</param>
/// <param name="Basis">The basis of the plan's figure (<c>nato</c> or <c>national</c>).</param>
/// <param name="Reason">The definitional reason the plan states for a difference (national basis, pensions, special funds, Ukraine aid), or <c>null</c>.</param>
/// <param name="Flagged">Whether the difference is beyond the rule set's tolerance (<c>checks.jumpTolerancePp</c>).</param>
/// <param name="Message">The reconciliation in one sentence.</param>
public sealed record PlanReconciliationRow(int Year, string Kind, decimal PlanShare, decimal OtherShare, decimal DifferencePp, decimal? DifferenceMoney,
    string Basis, string? Reason, bool Flagged, string Message);

/// <summary>Sets a plan's figures against each other and against NATO's, every year both have (derived figures, labelled).</summary>
/// <remarks>
/// The amount is converted on the GDP the checker uses: NATO's (derived from its implied exchange rate) up to the edition's last
/// year, the projection after it. A difference is flagged beyond the rule set's jump tolerance; the plan's note and basis give
/// the reason where they state one. Nothing here changes the verdict.
/// </remarks>
public static class PlanReconciliation
{
    /// <summary>Every reconciliation of a checked plan, year by year: amounts against shares, then the plan against NATO.</summary>
    public static IReadOnlyList<PlanReconciliationRow> Build(PlanCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var plan = check.Plan;
        var economy = check.Economy;
        var tolerance = check.Rules.Checks.JumpTolerancePp;
        var currency = plan.Currency.Code;
        var rows = new List<PlanReconciliationRow>();
        foreach (var y in plan.Years.Where(y => y.HasCore))
        {
            var gdp = economy.Gdp(y.Year);
            var gdpText = y.Year > economy.BaseYear ? "projected GDP" : "NATO's GDP";
            var shareFigure = y.Figures?.FirstOrDefault(f => f.Column == "core_share");
            var moneyFigure = y.Figures?.FirstOrDefault(f => f.Column == "core_spending");
            if (y.CoreShare is { } claimed && y.CoreSpending is { } amount && gdp is { } g && g > 0m)
            {
                var asShare = amount.Amount / g * 100m;
                var diff = claimed.Percent - asShare;
                var reason = Reason(moneyFigure?.Note ?? y.Note, moneyFigure?.Basis ?? plan.Basis);
                rows.Add(new PlanReconciliationRow(y.Year, "amount-vs-share", claimed.Percent, asShare, diff, diff / 100m * g, Name(moneyFigure?.Basis ?? plan.Basis), reason,
                    Math.Abs(diff) > tolerance,
                    Invariant($"{y.Year}: {currency} {amount.Millions:#,0} m is {asShare:0.00}% of GDP on {gdpText} (derived), {Signed(-diff)} pp from the {claimed.Percent:0.00}% claimed ({currency} {Math.Abs(diff) / 100m * g / 1_000_000m:#,0} m){(reason is null ? "" : "; " + reason)}{(Math.Abs(diff) > tolerance ? Invariant($"; beyond the tolerance of {tolerance:0.00} pp") : "")}.")));
            }
            if (economy.Published.TryGetValue(y.Year, out var nato))
            {
                var planShare = y.CoreShare?.Percent ?? (y.CoreSpending is { } m && gdp is { } g2 && g2 > 0m ? m.Amount / g2 * 100m : (decimal?)null);
                if (planShare is not { } s)
                {
                    continue;
                }
                var basis = (y.CoreShare is not null ? shareFigure?.Basis : moneyFigure?.Basis) ?? plan.Basis;
                var diff = s - nato.Percent;
                var reason = Reason((y.CoreShare is not null ? shareFigure?.Note : moneyFigure?.Note) ?? y.Note, basis);
                var derived = y.CoreShare is null ? " (derived from its amount)" : "";
                var money = gdp is { } g3 ? diff / 100m * g3 : (decimal?)null;
                var moneyText = money is { } mm ? Invariant($", {currency} {mm / 1_000_000m:+#,0;-#,0;0} m on NATO's GDP") : "";
                rows.Add(new PlanReconciliationRow(y.Year, "plan-vs-nato", s, nato.Percent, diff, money, Name(basis), reason, Math.Abs(diff) > tolerance,
                    Invariant($"{y.Year}: the plan's {s:0.00}%{derived} ({Name(basis)} basis) against NATO's published {nato.Percent:0.00}%: {Signed(diff)} pp{moneyText}{(reason is null ? "" : "; " + reason)}{(Math.Abs(diff) > tolerance ? Invariant($"; beyond the tolerance of {tolerance:0.00} pp") : "")}.")));
            }
        }
        return rows;
    }

    private static string Name(PlanBasis basis) => basis == PlanBasis.National ? "national" : "nato";

    private static string Signed(decimal pp) => Invariant($"{pp:+0.00;-0.00;0.00}");

    // The reasons a plan gives for counting differently from NATO, read from its basis and notes; never guessed beyond them.
    private static string? Reason(string? text, PlanBasis basis)
    {
        var note = text ?? "";
        var reasons = new List<string>();
        if (basis == PlanBasis.National)
        {
            reasons.Add("the figure is on a national basis, not NATO's definition");
        }
        bool Has(params string[] words) => words.Any(w => note.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (Has("pension"))
        {
            reasons.Add(Has("without pensions", "hors pensions") ? "it excludes pensions" : "pensions counted differently");
        }
        if (Has("special fund", "Sondervermögen", "FWSZ", "Support Fund"))
        {
            reasons.Add("a special fund is counted");
        }
        if (Has("Ukraine"))
        {
            reasons.Add("Ukraine aid is treated as the note says");
        }
        if (Has("intelligence"))
        {
            reasons.Add("intelligence agencies are counted");
        }
        if (Has("EP14", "Einzelplan 14", "departmental budget", "TDEL", "budget chapter", "mission Défense"))
        {
            reasons.Add("a budget line only");
        }
        return reasons.Count == 0 ? null : "stated reason: " + string.Join(", ", reasons);
    }
}
