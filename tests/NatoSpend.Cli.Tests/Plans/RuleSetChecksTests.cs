using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Plans;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Plans;

/// <summary>The rule-set members that act on a plan beyond its core path: Wales' equipment guideline, the Hague 5% total and Ukraine contributions.</summary>
public class RuleSetChecksTests
{
    private static Plan Rows(string ally, params PlanRowDefinition[] rows) => Plan.Create(new PlanDefinition { Ally = ally, Basis = PlanBasis.Nato, Years = rows });

    private static string TempFile(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "natospend-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void APlanWithFifteenPercentEquipmentFailsTheEquipmentCheckUnderWales2014()
    {
        // NATO's published 2.00% for Germany in 2024 meets the 2% target, so the equipment guideline alone decides.
        var check = PlanFixtures.Check(Rows("DEU", new PlanRowDefinition { Year = 2024, CoreShare = 2.0m, EquipmentShare = 15m }), "wales-2014");

        var equipment = PlanFixtures.Result(check, "equipment");
        Assert.Equal((CheckOutcome.Fail, CheckWeight.Decisive), (equipment.Outcome, equipment.Weight));
        Assert.Equal([2024], equipment.Years);
        Assert.Equal("In 2024 the plan puts 15.00% of defence spending on major equipment, 5.00 pp below the guideline of 20.00% (EUR 4,331 m short at the plan's core spending).",
            equipment.Message);
        Assert.Equal(5m, equipment.Numbers.Single(n => n.Name == "shortfall").Value);
        var gdp = PlanFixtures.Economy("DEU").Gdp(2024)!.Value;
        Assert.Equal(decimal.Round(0.05m * 0.02m * gdp / 1_000_000m, 1), equipment.Numbers.Single(n => n.Name == "shortfall in money").Value);
        Assert.Equal(VerdictKind.NotCredible, check.Verdict.Kind);
        Assert.StartsWith("Not credible under wales-2014: fails equipment.", check.Verdict.Summary, StringComparison.Ordinal);
        var fix = Assert.IsType<SmallestFix>(check.Fix);
        Assert.True(fix.Passes);
        Assert.Equal(("equipment", 15m, 20m), (fix.Changes[0].Ledger, fix.Changes[0].FromPercent, fix.Changes[0].ToPercent));
    }

    [Fact]
    public void APlanAtTheGuidelinePassesTheEquipmentCheck()
    {
        var check = PlanFixtures.Check(Rows("DEU", new PlanRowDefinition { Year = 2024, CoreShare = 2.0m, EquipmentShare = 20m }), "wales-2014");

        var equipment = PlanFixtures.Result(check, "equipment");
        Assert.Equal(CheckOutcome.Pass, equipment.Outcome);
        Assert.Equal("In 2024 the plan puts 20.00% of defence spending on major equipment, meeting the guideline of 20.00%.", equipment.Message);
        Assert.Equal(VerdictKind.Credible, check.Verdict.Kind);
    }

    [Fact]
    public void APlanWithoutAnEquipmentShareHasTheGuidelineNotShownAndNeverPassed()
    {
        var check = PlanFixtures.Check(Rows("DEU", new PlanRowDefinition { Year = 2024, CoreShare = 2.0m }), "wales-2014");

        var equipment = PlanFixtures.Result(check, "equipment");
        Assert.Equal((CheckOutcome.NotShown, "not shown"), (equipment.Outcome, equipment.OutcomeLabel));
        Assert.Equal("The plan gives no equipment share, so whether 2024 reaches the guideline of 20.00% of defence spending on major equipment (incl. R&D) is not shown by the plan; give it in an equipment_share column.",
            equipment.Message);
        Assert.Equal("Credible under wales-2014 on what the plan shows: every decisive check passes or does not apply; not shown by the plan: the equipment share against 20.00% (equipment). These are NatoSpend's tests, not NATO's: NATO does not define a credible path.",
            check.Verdict.Summary);
        Assert.Contains("equipment not shown: " + equipment.Message, check.Verdict.Reasons);
    }

    [Fact]
    public void AnEquipmentShareForOtherYearsOnlyLeavesTheCheckUndecided()
    {
        var check = PlanFixtures.Check(Rows("DEU",
            new PlanRowDefinition { Year = 2023, CoreShare = 1.9m, EquipmentShare = 25m },
            new PlanRowDefinition { Year = 2024, CoreShare = 2.0m }), "wales-2014");

        var equipment = PlanFixtures.Result(check, "equipment");
        Assert.True(equipment.Undecided);
        Assert.Equal(VerdictKind.Incomplete, check.Verdict.Kind);
        Assert.StartsWith("The plan gives no equipment share for 2024, the deadline (only for 2023)", equipment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleSetWithoutAnEquipmentGuidelineDoesNotCheckIt()
    {
        var check = PlanFixtures.Check(Rows("DEU", new PlanRowDefinition { Year = 2035, CoreShare = 3.5m, RelatedShare = 1.5m, EquipmentShare = 5m }), "hague-2025");

        var equipment = PlanFixtures.Result(check, "equipment");
        Assert.Equal(CheckOutcome.NotApplicable, equipment.Outcome);
        Assert.Equal("Rule set hague-2025 has no equipment guideline.", equipment.Message);
    }

    [Fact]
    public void Hague2025ReportsTheTotalOfCoreAndCappedRelated()
    {
        decimal[] core = [2.69m, 2.78m, 2.87m, 2.96m, 3.05m, 3.14m, 3.23m, 3.32m, 3.41m, 3.5m];
        var check = PlanFixtures.Check(Rows("DEU", [.. core.Select((s, i) => new PlanRowDefinition { Year = 2026 + i, CoreShare = s, RelatedShare = i == 9 ? 1.2m : null })]));

        var total = PlanFixtures.Result(check, "related-cap");
        Assert.Equal(CheckOutcome.Fail, total.Outcome);
        Assert.Equal("In 2035 core 3.50% plus related 1.20% counted up to 1.50% makes 4.70%, 0.30 pp short of the total target 5.00%.", total.Message);
        Assert.Equal(4.7m, total.Numbers.Single(n => n.Name == "total counted").Value);
    }

    [Fact]
    public void Hague2025SaysPlainlyWhenThePlanDoesNotShowTheTotal()
    {
        var check = PlanFixtures.Check(PlanFixtures.Consecutive("DEU", 2026, 2.69m, 2.78m, 2.87m, 2.96m, 3.05m, 3.14m, 3.23m, 3.32m, 3.41m, 3.5m));

        var total = PlanFixtures.Result(check, "related-cap");
        Assert.Equal(CheckOutcome.NotShown, total.Outcome);
        Assert.Equal("The plan gives no related spending, so the total in 2035 (core plus related counted up to 1.50%) against the total target of 5.00% is not shown by the plan; core is checked on its own against 3.50%.",
            total.Message);
        Assert.Equal(VerdictKind.Credible, check.Verdict.Kind);
        Assert.StartsWith("Credible under hague-2025 on what the plan shows: every decisive check passes or does not apply; not shown by the plan: the total against 5.00% (related-cap).",
            check.Verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDraftReportsTheTotalOrSaysItIsNotShownToo()
    {
        var withRelated = PlanFixtures.Check(Rows("DEU", new PlanRowDefinition { Year = 2032, CoreShare = 3.5m, RelatedShare = 1.5m }), "hague-draft-2032");
        var without = PlanFixtures.Check(Rows("DEU", new PlanRowDefinition { Year = 2032, CoreShare = 3.5m }), "hague-draft-2032");

        Assert.Equal("In 2032 core 3.50% plus related 1.50% counted up to 1.50% makes 5.00%, meeting the total target 5.00%.", PlanFixtures.Result(withRelated, "related-cap").Message);
        Assert.Equal(CheckOutcome.NotShown, PlanFixtures.Result(without, "related-cap").Outcome);
        Assert.Contains("not shown by the plan: the total against 5.00% (related-cap)", without.Verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTemplateThenCheckShowsTheFivePercentTotal()
    {
        var template = CliRun.Run("plan", "template", "DEU");
        var result = CliRun.Run("check", TempFile("deu.csv", template.Output));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Verdict: CREDIBLE. Credible under hague-2025: every decisive check passes or does not apply.", result.Output, StringComparison.Ordinal);
        var json = CliRun.Run("check", TempFile("deu.csv", template.Output), "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        var total = document.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "related-cap");
        Assert.Equal("pass", total.GetProperty("outcome").GetString());
        Assert.Equal("In 2035 core 3.50% plus related 1.50% counted up to 1.50% makes 5.00%, meeting the total target 5.00%.", total.GetProperty("message").GetString());
    }

    [Fact]
    public void ATemplateForARuleSetWithoutATotalHasNoRelatedColumn()
    {
        var template = CliRun.Run("plan", "template", "DEU", "--rules", NoTotalRules());

        Assert.Equal(0, template.ExitCode);
        Assert.Contains("year,core_share,note", template.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("related_share", template.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UkraineContributionsAreTakenOutOfCoreWhereTheRuleSetDoesNotCountThem()
    {
        var plan = Rows("DEU",
            new PlanRowDefinition { Year = 2024, CoreShare = 2.1m, Ukraine = 0.15m },
            new PlanRowDefinition { Year = 2025, CoreShare = 2.2m, Ukraine = 0.2m });

        var vilnius = PlanFixtures.Check(plan, "vilnius-2023");
        var counting = PlanFixtures.Check(plan, CountingVilnius());

        var floor = PlanFixtures.Result(vilnius, "reaches-target");
        Assert.Equal(CheckOutcome.Fail, floor.Outcome);
        Assert.Equal("2024 is at 1.95%, 0.05 pp below the target 2.00%; the target must be met by 2024 (a floor every year from 2024).", floor.Message);
        Assert.StartsWith("Not credible under vilnius-2023 (core without the plan's Ukraine contributions, which the rule set does not count): fails reaches-target.",
            vilnius.Verdict.Summary, StringComparison.Ordinal);
        Assert.Contains(PlanReport.Notes(vilnius), n => n.StartsWith("Rule set vilnius-2023 does not count contributions to Ukraine, so the plan's Ukraine figures (2024 0.15%, 2025 0.20% of GDP) are taken out of the core share every check uses", StringComparison.Ordinal));
        var years = PlanReport.Years(vilnius);
        var column = years.Columns.Select(c => c.Key).ToList().IndexOf("core_checked_share");
        Assert.Equal(new object?[] { 1.95m, 2.0m }, years.Rows.Select(r => r[column]));
        // Under the same rule counting them, the plan's core stands as given.
        Assert.Equal(CheckOutcome.Pass, PlanFixtures.Result(counting, "reaches-target").Outcome);
        Assert.DoesNotContain(PlanReport.Years(counting).Columns, c => c.Key == "core_checked_share");
    }

    private static NatoSpend.Domain.Rules.RuleSet CountingVilnius() => NatoSpend.Data.Rules.RuleSetReader.Parse(System.Text.Encoding.UTF8.GetBytes(
        File.ReadAllText(TestData.Catalog.Folder.PathOf("rules/vilnius-2023.json")).Replace("\"ukraineContributionsCount\": false", "\"ukraineContributionsCount\": true", StringComparison.Ordinal)),
        "rules/vilnius-counting.json");

    private static string NoTotalRules() => TempFile("no-total.json", File.ReadAllText(TestData.Catalog.Folder.PathOf("rules/hague-2025.json"))
        .Replace("\"totalTarget\": 5.0", "\"totalTarget\": null", StringComparison.Ordinal)
        .Replace("\"relatedCap\": 1.5", "\"relatedCap\": null", StringComparison.Ordinal));
}
