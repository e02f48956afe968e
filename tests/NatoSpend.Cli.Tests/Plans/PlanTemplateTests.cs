using System.Text;
using System.Text.Json.Nodes;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Rules;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Rules;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Plans;

public class PlanTemplateTests
{
    private static StarterPlan Starter(string ally, string rules) => Starter(ally, RuleSetReader.Load(TestData.Catalog.Folder, rules));

    private static StarterPlan Starter(string ally, RuleSet rules) =>
        PlanTemplate.For(TestData.Catalog.LoadNewest(), AllyRegistry.Get(AllyCode.From(ally)), TestData.Catalog.LoadOutlook(), rules, ProjectionOptions.Default);

    public static TheoryData<string, string> EveryAllyAndRuleSet()
    {
        var data = new TheoryData<string, string>();
        foreach (var rules in RuleSetReader.ShippedIds(TestData.Catalog.Folder))
        {
            foreach (var ally in AllyRegistry.All)
            {
                data.Add(ally.Code.Value, rules);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAllyAndRuleSet))]
    public void EveryTemplateChecksCredibleUnderItsRulesOrSaysWhyNoPathCan(string ally, string id)
    {
        var rules = RuleSetReader.Load(TestData.Catalog.Folder, id);
        var edition = TestData.Catalog.LoadNewest();
        if (!AllyRegistry.Get(AllyCode.From(ally)).HasExpenditureData || rules.Deadline <= edition.LastYear)
        {
            // No starter plan at all: an ally NATO publishes nothing for, or a deadline already in the published years.
            var e = Assert.ThrowsAny<ArgumentException>(() => Starter(ally, rules));
            Assert.Matches(rules.Deadline <= edition.LastYear && ally != "ISL" ? "so no starter plan can lead to it" : "so no starter plan can start from it", e.Message);
            return;
        }

        var starter = Starter(ally, rules);

        var failing = starter.Check.Checks.Where(c => c.Outcome == CheckOutcome.Fail && c.Weight != CheckWeight.Completeness).Select(c => c.Name).ToArray();
        if (starter.NoPath.Count == 0)
        {
            Assert.Equal(VerdictKind.Credible, starter.Check.Verdict.Kind);
            Assert.Empty(failing);
            Assert.DoesNotContain(starter.Check.Checks, c => c.Outcome == CheckOutcome.NotShown || c.Undecided);
        }
        else
        {
            // Every check the template fails or is flagged on is one a stated reason names, and the file carries the reasons.
            Assert.All(failing, name => Assert.Contains(starter.NoPath, reason => reason.Contains(name, StringComparison.Ordinal)));
            Assert.Equal(starter.NoPath, starter.Definition.Comments);
        }
        Assert.Equal(edition.LastYear, starter.Definition.Years[0].Year);
        Assert.Equal(rules.Deadline, starter.Definition.Years[^1].Year);
    }

    [Fact]
    public void GermanyUnderTheDraftRisesTwoTenthsAYearInsteadOfTheLinearPathThatFailsTheStep()
    {
        var starter = Starter("DEU", "hague-draft-2032");

        Assert.Equal([2.69m, 2.89m, 3.09m, 3.29m, 3.49m, 3.50m, 3.50m], starter.Definition.Years.Select(y => y.CoreShare!.Value));
        Assert.Equal(VerdictKind.Credible, starter.Check.Verdict.Kind);
        Assert.Empty(starter.NoPath);
        Assert.Equal("Starter plan for Germany: rising 0.20 pp a year from 2.69% in 2026 to 3.50% by 2032 (hague-draft-2032); edit the years to your plan", starter.Definition.Title);
        Assert.Equal(1.50m, starter.Definition.Years[^1].RelatedShare);
    }

    [Fact]
    public void GermanyUnderHague2025IsStillTheLinearPath()
    {
        var starter = Starter("DEU", "hague-2025");

        Assert.Equal([2.69m, 2.78m, 2.87m, 2.96m, 3.05m, 3.14m, 3.23m, 3.32m, 3.41m, 3.50m], starter.Definition.Years.Select(y => y.CoreShare!.Value));
        Assert.StartsWith("Starter plan for Germany: linear from 2.69% in 2026", starter.Definition.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void SpainUnderTheDraftHasAPathThatPassesEveryCheckAndTheRealGrowthFlag()
    {
        var starter = Starter("ESP", "hague-draft-2032");

        Assert.Empty(starter.NoPath);
        Assert.Equal(VerdictKind.Credible, starter.Check.Verdict.Kind);
        Assert.Equal(CheckOutcome.Pass, starter.Check.Checks.Single(c => c.Name == "plausible-execution").Outcome);
        Assert.Equal(CheckOutcome.Pass, starter.Check.Checks.Single(c => c.Name == "min-step").Outcome);
        Assert.Contains("the path nearest the linear one that passes every check of the rule set", starter.Definition.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void SpainUnderItsOwnViewSaysTheTotalCannotBeMetAtItsCoreTarget()
    {
        var starter = Starter("ESP", "spain-view");

        Assert.Equal(
            ["Under spain-view the core target for Spain is 2.10% and related spending counts up to 1.50%, which makes 3.60%, short of the total target of 5.00%: no plan that stops at the core target can meet the total, so this one fails related-cap; core would have to reach 3.50% by 2035."],
            starter.NoPath);
        Assert.Equal(2.10m, starter.Definition.Years[^1].CoreShare);
        Assert.Equal(1.50m, starter.Definition.Years[^1].RelatedShare);
        Assert.Equal(VerdictKind.NotCredible, starter.Check.Verdict.Kind);
    }

    [Fact]
    public void NoPathWithinTheRealGrowthFlagIsSaidAndTheTemplateStillPassesTheDecisiveChecks()
    {
        // A rule set that flags any year of real growth above 0.5%: no path, not even holding the share, can avoid it.
        var json = JsonNode.Parse(File.ReadAllText(TestData.Catalog.Folder.PathOf("rules/hague-2025.json")))!;
        json["id"] = "no-growth";
        json["checks"]!["maxRealGrowthPct"] = 0.5;
        json["checks"]!["maxRealGrowthRunYears"] = 1;
        var rules = RuleSetReader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "no-growth.json");

        var starter = Starter("DEU", rules);

        Assert.Equal(
            ["No path from 2.69% in 2026 to 3.50% by 2035 on whole hundredths of a percent meets the other checks of no-growth and keeps real growth of core spending at or below 0.5% a year for fewer than 1 years running, so this one is flagged (plausible-execution)."],
            starter.NoPath);
        Assert.Equal(VerdictKind.Credible, starter.Check.Verdict.Kind);
        Assert.Equal(CheckOutcome.Fail, starter.Check.Checks.Single(c => c.Name == "plausible-execution").Outcome);
    }

    [Fact]
    public void ACommentOfTheTemplateReadsBackAsAFreeCommentNotAHeaderKey()
    {
        var writer = new StringWriter();
        PlanWriter.WriteCsv(writer, Starter("ESP", "spain-view").Definition);

        var plan = PlanReader.ParseCsv(writer.ToString(), "esp.csv");

        Assert.Contains("\n# Under spain-view the core target for Spain", writer.ToString(), StringComparison.Ordinal);
        Assert.Equal(10, plan.Years.Count);
    }

    [Fact]
    public void TheCliWritesThePlanAndExitsThreeWhenNoPathCan()
    {
        var result = CliRun.Run("plan", "template", "ESP", "--rules", "spain-view");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("# ally: ESP", result.Output, StringComparison.Ordinal);
        Assert.Equal("natospend: Under spain-view the core target for Spain is 2.10% and related spending counts up to 1.50%, which makes 3.60%, short of the total target of 5.00%: no plan that stops at the core target can meet the total, so this one fails related-cap; core would have to reach 3.50% by 2035.",
            result.Error.Trim());
    }

    [Fact]
    public void TheCliRefusesARuleSetWhoseDeadlineHasPassedNamingWhy()
    {
        var result = CliRun.Run("plan", "template", "DEU", "--rules", "wales-2014");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: Rule set wales-2014 has its deadline in 2024, not after NATO's latest published year 2026, so no starter plan can lead to it (whether it was met is in NATO's published figures: natospend status --year 2024); choose a rule set with a later deadline, such as hague-2025.",
            result.Error.Trim());
    }
}
