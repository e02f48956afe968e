using NatoSpend.Domain;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Plans;
using NatoSpend.Tests.Paths;

namespace NatoSpend.Tests.Plans;

public class PlanCheckerTests
{
    // Germany's linear path from NATO's published 2.69% (2026) to 3.5% in 2035, as 'natospend plan template DEU' writes it.
    private static Plan LinearGermany() => Plan.Create(PlanTemplate.Linear(
        PathFixtures.Projection("DEU"), PathFixtures.Share("DEU", 2026), PathFixtures.Rules("hague-2025"), "2026"));

    [Fact]
    public void LinearPlanTo3Point5By2035PassesHague2025()
    {
        var plan = LinearGermany();
        Assert.Equal(new[] { 2.69m, 2.78m, 2.87m, 2.96m, 3.05m, 3.14m, 3.23m, 3.32m, 3.41m, 3.5m }, plan.Years.Select(y => y.CoreShare!.Value.Percent));

        var check = PlanFixtures.Check(plan, "hague-2025");

        Assert.Equal(VerdictKind.Credible, check.Verdict.Kind);
        Assert.Null(check.Fix);
        Assert.DoesNotContain(check.Checks, c => c.Outcome == CheckOutcome.Fail);
        Assert.Equal("2035 is at 3.50%, meeting the target 3.50% by the deadline 2035.", PlanFixtures.Result(check, "reaches-target").Message);
        Assert.Equal(1m, PlanFixtures.Result(check, "not-back-loaded").Numbers.Single(n => n.Name == "progress").Value);
        Assert.Equal(CheckOutcome.NotApplicable, PlanFixtures.Result(check, "min-step").Outcome);
    }

    [Fact]
    public void LinearPlanTo3Point5By2035FailsTheDraftNamingChecksYearsAndNumbers()
    {
        var check = PlanFixtures.Check(LinearGermany(), "hague-draft-2032");

        Assert.Equal(VerdictKind.NotCredible, check.Verdict.Kind);
        Assert.StartsWith("Not credible under hague-draft-2032 (a draft, never adopted): fails reaches-target, min-step, related-cap.", check.Verdict.Summary, StringComparison.Ordinal);
        var target = PlanFixtures.Result(check, "reaches-target");
        Assert.Equal(CheckOutcome.Fail, target.Outcome);
        Assert.Equal([2032], target.Years);
        Assert.Equal("2032 is at 3.23%, 0.27 pp below the target 3.50%; the target must be met by 2032.", target.Message);
        Assert.Equal(0.27m, target.Numbers.Single(n => n.Name == "shortfall").Value);
        var step = PlanFixtures.Result(check, "min-step");
        Assert.Equal(CheckOutcome.Fail, step.Outcome);
        Assert.Equal(Enumerable.Range(2027, 8), step.Years);
        Assert.All(step.Numbers.Where(n => n.Name.StartsWith("step ", StringComparison.Ordinal)), n => Assert.Equal(0.09m, n.Value));
        Assert.StartsWith("The share rises less than the minimum 0.20 pp a year while below 3.50% in 8 year(s): 2027 (+0.09 pp, 2.78% against at least 2.89%), 2028 (+0.09 pp, 2.87% against at least 2.98%)",
            step.Message, StringComparison.Ordinal);
        var total = PlanFixtures.Result(check, "related-cap");
        Assert.Equal("In 2032 core 3.23% plus related 1.00% counted up to 1.50% makes 4.23%, 0.77 pp short of the total target 5.00%.", total.Message);
        Assert.Equal(["reaches-target: " + target.Message, "min-step: " + step.Message, "related-cap: " + total.Message], check.Verdict.Reasons);
    }

    [Fact]
    public void LinearPlanOnTheDraftGetsTheSmallestFixInPointsAndMoney()
    {
        var check = PlanFixtures.Check(LinearGermany(), "hague-draft-2032");

        var fix = Assert.IsType<SmallestFix>(check.Fix);
        Assert.True(fix.Passes);
        var core = fix.Changes.Where(c => c.Ledger == "core").ToArray();
        Assert.Equal(Enumerable.Range(2027, 8), core.Select(c => c.Year));
        Assert.Equal(new[] { 2.89m, 3.09m, 3.29m, 3.49m, 3.5m, 3.5m, 3.5m, 3.5m }, core.Select(c => c.ToPercent));
        // The template's related line (1.00% in 2032, made for 2035) is raised to the 1.50% that the 5% total needs by 2032.
        var related = Assert.Single(fix.Changes, c => c.Ledger == "related");
        Assert.Equal((2032, 1.0m, 1.5m), (related.Year, related.FromPercent, related.ToPercent));
        var change2029 = core.Single(c => c.Year == 2029);
        Assert.Equal(0.33m, change2029.ChangePp);
        var gdp2029 = PlanFixtures.Economy("DEU").Gdp(2029)!.Value;
        Assert.Equal(0.33m / 100m * gdp2029, change2029.Money!.Value.Amount);
        Assert.Equal(Currency.Eur, change2029.Money!.Value.Currency);
        Assert.Matches(@"^raise 2029 from 2\.96% to at least 3\.29% \(\+0\.33 pp, EUR 16,\d{3} m at projected GDP\)$", change2029.Message);
        Assert.StartsWith("The smallest fix: raise 2027 from 2.78% to at least 2.89%", fix.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlanWithOneDeclineNamesThatYearAndTheSizeOfTheFall()
    {
        var plan = PlanFixtures.Consecutive("DEU", 2026, 2.69m, 2.78m, 2.87m, 2.96m, 2.90m, 3.14m, 3.23m, 3.32m, 3.41m, 3.5m);

        var check = PlanFixtures.Check(plan);

        Assert.Equal(VerdictKind.NotCredible, check.Verdict.Kind);
        var decline = PlanFixtures.Result(check, "no-decline");
        Assert.Equal(CheckOutcome.Fail, decline.Outcome);
        Assert.Equal([2030], decline.Years);
        Assert.Equal(-0.06m, Assert.Single(decline.Numbers).Value);
        Assert.Equal("2030 falls to 2.90% from 2.96% in 2029 (-0.06 pp); the share may not fall.", decline.Message);
        var change = Assert.Single(check.Fix!.Changes);
        Assert.Equal((2030, 2.90m, 2.96m), (change.Year, change.FromPercent, change.ToPercent));
        Assert.StartsWith("raise 2030 from 2.90% to at least 2.96% (+0.06 pp, EUR ", change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABackLoadedPlanIsFlaggedWithItsProgressAtTheReviewYear()
    {
        // Flat at NATO's 2026 figure, then a jump in the last two years.
        var plan = PlanFixtures.Consecutive("DEU", 2026, 2.69m, 2.69m, 2.69m, 2.69m, 2.69m, 2.69m, 2.69m, 2.69m, 3.1m, 3.5m);

        var check = PlanFixtures.Check(plan);

        Assert.Equal(VerdictKind.NotCredible, check.Verdict.Kind);
        var back = PlanFixtures.Result(check, "not-back-loaded");
        Assert.Equal(CheckOutcome.Fail, back.Outcome);
        Assert.Equal([2029], back.Years);
        Assert.Equal(0m, back.Numbers.Single(n => n.Name == "progress").Value);
        Assert.Equal(2.96m, back.Numbers.Single(n => n.Name == "straight line 2029").Value);
        Assert.Equal("By the review year 2029 the plan has made 0% of the straight-line progress from 2.69% (2026) to 3.50% in 2035 (2.69% against 2.96% on the straight line); at least 50% is required.", back.Message);
        Assert.Equal("not-back-loaded: " + back.Message, check.Verdict.Reasons[0]);
        // The least fix reaches half the straight-line progress by 2029 (2.69 + 0.5 × 0.27 = 2.825, so 2.83%) and keeps it after.
        Assert.Equal(new[] { 2029, 2030, 2031, 2032, 2033 }, check.Fix!.Changes.Select(c => c.Year));
        Assert.All(check.Fix.Changes, c => Assert.Equal(2.83m, c.ToPercent));
        Assert.True(check.Fix.Passes);
    }

    [Fact]
    public void APartialPlanIsIncompleteReportsTheGapsAndInventsNoYear()
    {
        var plan = PlanFixtures.Shares("DEU", (2025, 2.4m), (2029, 3.5m));

        var check = PlanFixtures.Check(plan);

        Assert.Equal(VerdictKind.Incomplete, check.Verdict.Kind);
        Assert.Equal([2025, 2029], check.Years.Select(y => y.Year));
        var every = PlanFixtures.Result(check, "every-year-present");
        Assert.Equal(CheckOutcome.Fail, every.Outcome);
        Assert.Equal("The plan gives 2 of the 11 years from 2025 to 2035; missing 2026-2028, 2030-2035. NatoSpend does not fill the gaps.", every.Message);
        var target = PlanFixtures.Result(check, "reaches-target");
        Assert.True(target.Undecided);
        Assert.Equal("The plan does not give 2035, the deadline; its last year with a share is 2029 at 3.50%, so whether it reaches 3.50% is not known.", target.Message);
        Assert.Null(check.Fix);
    }

    [Fact]
    public void APlanInMoneyIsTurnedIntoSharesOnProjectedGdp()
    {
        var plan = Plan.Create(new PlanDefinition
        {
            Ally = "FRA",
            Basis = PlanBasis.National,
            Years = [new PlanRowDefinition { Year = 2027, CoreSpending = 64_000m }, new PlanRowDefinition { Year = 2028, CoreShare = 2.2m }],
        });

        var check = PlanFixtures.Check(plan);

        var economy = PlanFixtures.Economy("FRA");
        var y2027 = check.Years[0];
        Assert.Equal("money", y2027.CoreGivenAs);
        Assert.Equal(64_000_000_000m, y2027.CoreSpending);
        Assert.Equal(64_000_000_000m / economy.Gdp(2027)!.Value * 100m, y2027.CoreShare);
        Assert.InRange(y2027.CoreShare!.Value, 1.9m, 2.2m);
        var y2028 = check.Years[1];
        Assert.Equal("share", y2028.CoreGivenAs);
        Assert.Equal(2.2m / 100m * economy.Gdp(2028)!.Value, y2028.CoreSpending);
        Assert.Contains(economy.Assumptions, a => a.Contains("projected from 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void RelatedSpendingCountsOnlyUpToTheCapAndNeverForCore()
    {
        var ok = PlanFixtures.Check(Plan.Create(new PlanDefinition
        {
            Ally = "DEU",
            Years = [.. Enumerable.Range(0, 10).Select(i => new PlanRowDefinition { Year = 2026 + i, CoreShare = 2.69m + 0.09m * i, RelatedShare = 2.0m })],
        }));
        var related = PlanFixtures.Result(ok, "related-cap");
        Assert.Equal(CheckOutcome.Pass, related.Outcome);
        Assert.Equal(1.5m, related.Numbers.Single(n => n.Name == "related counted").Value);
        Assert.Contains("2035 gives 2.00% related, of which 1.50% counts (the excess 0.50 pp never substitutes for core)", related.Message, StringComparison.Ordinal);

        var shortCore = PlanFixtures.Check(Plan.Create(new PlanDefinition
        {
            Ally = "DEU",
            Years = [.. Enumerable.Range(0, 10).Select(i => new PlanRowDefinition { Year = 2026 + i, CoreShare = 2.69m + 0.08m * i, RelatedShare = 2.0m })],
        }));
        Assert.Equal(VerdictKind.NotCredible, shortCore.Verdict.Kind);
        Assert.Equal(CheckOutcome.Fail, PlanFixtures.Result(shortCore, "reaches-target").Outcome);
        var total = PlanFixtures.Result(shortCore, "related-cap");
        Assert.Equal(CheckOutcome.Fail, total.Outcome);
        Assert.StartsWith("In 2035 core 3.41% plus related 2.00% counted up to 1.50% makes 4.91%, 0.09 pp short of the total target 5.00%.", total.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FastRealGrowthAndAJumpAreFlagsThatDoNotDecideTheVerdict()
    {
        var plan = PlanFixtures.Consecutive("DEU", 2026, 3.2m, 3.7m, 4.2m, 4.7m, 4.7m, 4.7m, 4.7m, 4.7m, 4.7m, 4.7m);

        var check = PlanFixtures.Check(plan);

        Assert.Equal(VerdictKind.Credible, check.Verdict.Kind);
        var jump = PlanFixtures.Result(check, "starts-from-published");
        Assert.Equal((CheckOutcome.Fail, CheckWeight.Flag), (jump.Outcome, jump.Weight));
        Assert.Equal("For 2026 the plan gives 3.20% and NATO publishes 2.69%, a difference of +0.51 pp beyond the tolerance of 0.30 pp and not explained.", jump.Message);
        var growth = PlanFixtures.Result(check, "plausible-execution");
        Assert.Equal((CheckOutcome.Fail, CheckWeight.Flag), (growth.Outcome, growth.Weight));
        Assert.Equal([2027, 2028, 2029], growth.Years);
        Assert.Contains("flagged: starts-from-published, plausible-execution", check.Verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ANationalPlanIsLabelledSoAndTheJumpCheckSaysTheBasesDiffer()
    {
        var plan = Plan.Create(new PlanDefinition
        {
            Ally = "POL",
            Basis = PlanBasis.National,
            Years = [new PlanRowDefinition { Year = 2025, CoreShare = 4.7m }, new PlanRowDefinition { Year = 2026, CoreShare = 4.8m }],
        });

        var check = PlanFixtures.Check(plan);

        Assert.Equal("national (not NATO's definition)", plan.BasisLabel);
        Assert.Contains(PlanReport.Notes(check), n => n.Contains("basis: national (not NATO's definition)", StringComparison.Ordinal));
        Assert.EndsWith("The plan is on a national basis and NATO's figure on its core definition, so part of the difference may be definitional.",
            PlanFixtures.Result(check, "starts-from-published").Message, StringComparison.Ordinal);
        Assert.All(PlanReport.Years(check).Rows, r => Assert.Equal("national", r[1]));
    }

    [Fact]
    public void APlanWithoutABasisIsLabelledAsAssumedNato()
    {
        var plan = Plan.Create(new PlanDefinition { Ally = "DEU", Years = [new PlanRowDefinition { Year = 2030, CoreShare = 3m }] });

        Assert.Equal("nato (assumed: the plan does not state its basis)", plan.BasisLabel);
    }

    [Fact]
    public void SpainViewHoldsSpainTo2Point1()
    {
        var plan = PlanFixtures.Consecutive("ESP", 2026, 2.0m, 2.01m, 2.02m, 2.05m, 2.06m, 2.07m, 2.08m, 2.09m, 2.1m, 2.1m);

        Assert.Equal(VerdictKind.Credible, PlanFixtures.Check(plan, "spain-view").Verdict.Kind);
        Assert.Equal(VerdictKind.NotCredible, PlanFixtures.Check(plan, "hague-2025").Verdict.Kind);
    }

    [Fact]
    public void Check_EconomyForAnotherAlly_Throws()
    {
        var plan = PlanFixtures.Shares("DEU", (2030, 3m));

        var e = Assert.Throws<ArgumentException>(() => PlanChecker.Check(plan, PathFixtures.Rules("hague-2025"), PlanFixtures.Economy("POL")));
        Assert.StartsWith("The economy is for Poland but the plan is for Germany; build the economy for the plan's ally.", e.Message, StringComparison.Ordinal);
    }
}
