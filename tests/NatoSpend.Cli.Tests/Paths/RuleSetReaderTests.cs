using System.Text;
using NatoSpend.Data.Files;
using NatoSpend.Data.Rules;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;

using NatoSpend.Reporting.Answers;

namespace NatoSpend.Tests.Paths;

public class RuleSetReaderTests
{
    [Fact]
    public void TheFiveShippedRuleSetsLoad()
    {
        Assert.Equal(["hague-2025", "hague-draft-2032", "spain-view", "vilnius-2023", "wales-2014"], RuleSetReader.ShippedIds(TestData.Catalog.Folder));
        foreach (var id in RuleSetReader.ShippedIds(TestData.Catalog.Folder))
        {
            Assert.Equal(id, PathFixtures.Rules(id).Id);
        }
    }

    [Fact]
    public void HagueIsThreePointFiveCorePlusCappedRelatedByTwoThousandThirtyFive()
    {
        var rules = PathFixtures.Rules("hague-2025");

        Assert.Equal(RuleStatus.Adopted, rules.Status);
        Assert.Equal(3.5m, rules.CoreTarget.Percent);
        Assert.Equal(5m, rules.TotalTarget!.Value.Percent);
        Assert.Equal(1.5m, rules.RelatedCap!.Value.Percent);
        Assert.Equal(2035, rules.Deadline);
        Assert.Equal(2029, rules.ReviewYear);
        Assert.True(rules.UkraineContributionsCount);
        Assert.Equal(new DateOnly(2025, 6, 25), rules.Adopted);
    }

    [Fact]
    public void TheDraftHasA2032DeadlineAndATwoTenthsStep()
    {
        var rules = PathFixtures.Rules("hague-draft-2032");

        Assert.Equal(RuleStatus.Draft, rules.Status);
        Assert.Equal(2032, rules.Deadline);
        Assert.Equal(0.2m, rules.MinAnnualStepPp);
        Assert.Null(rules.Adopted);
    }

    [Fact]
    public void SpainsViewGivesSpainTwoPointOneAndEveryoneElseThreePointFive()
    {
        var rules = PathFixtures.Rules("spain-view");

        Assert.Equal(RuleStatus.NationalView, rules.Status);
        Assert.Equal(2.1m, rules.TargetFor(AllyCode.From("ESP")).Percent);
        Assert.Equal(3.5m, rules.TargetFor(AllyCode.From("DEU")).Percent);
    }

    [Fact]
    public void WalesHaltsDeclineWhileBelowTwoPercentAndAsksTwentyPercentEquipment()
    {
        var rules = PathFixtures.Rules("wales-2014");

        Assert.Equal(DeclineRule.WhileBelowTarget, rules.Checks.NoDecline);
        Assert.Equal(20m, rules.EquipmentSharePct);
        Assert.Equal(2024, rules.Deadline);
        Assert.Equal(2024, PathFixtures.Rules("vilnius-2023").FloorFrom);
    }

    [Fact]
    public void ABrokenRuleFileReportsEveryProblemWithItsJsonPathAndValue()
    {
        const string json = """
            {
              "id": "mine",
              "title": "My rule",
              "status": "adopted",
              "source": "me",
              "coreTarget": 120,
              "deadline": "2035",
              "deadlien": 2035,
              "allyTargets": { "XXX": 2.0, "ESP": "two" },
              "paths": { "defaultShape": "zigzag" },
              "checks": { "noDecline": "sometimes" }
            }
            """;

        var e = Assert.Throws<DataFileException>(() => RuleSetReader.Parse(Encoding.UTF8.GetBytes(json), "rules/mine.json"));

        var byPath = e.Problems.ToDictionary(p => p.JsonPath!, p => p.ToString());
        Assert.Equal(
            "rules/mine.json:7 at $.deadline: 'deadline' must be a whole number such as 2035, but was \"2035\".",
            byPath["$.deadline"]);
        Assert.Equal(
            "rules/mine.json:10 at $.paths.defaultShape: 'defaultShape' must be one of linear, min-step, real-growth, front-loaded or hold, but was \"zigzag\".",
            byPath["$.paths.defaultShape"]);
        Assert.Contains("'deadlien' is not a member of a rule set (value 2035)", byPath["$.deadlien"], StringComparison.Ordinal);
        Assert.Contains("the key 'XXX' is not an ally code", byPath["$.allyTargets.XXX"], StringComparison.Ordinal);
        Assert.Contains("but was \"two\"", byPath["$.allyTargets.ESP"], StringComparison.Ordinal);
        Assert.Contains("but was \"sometimes\"", byPath["$.checks.noDecline"], StringComparison.Ordinal);
        Assert.Equal(6, e.Problems.Count);
    }

    [Fact]
    public void ARuleFileWithSoundTypesButBadValuesReportsEveryRangeProblem()
    {
        const string json = """
            { "id": "mine", "title": "My rule", "status": "draft", "source": "me",
              "coreTarget": 120, "totalTarget": 4, "deadline": 2035, "reviewYear": 2040,
              "paths": { "frontLoadFraction": 1.5 } }
            """;

        var e = Assert.Throws<DataFileException>(() => RuleSetReader.Parse(Encoding.UTF8.GetBytes(json), "rules/mine.json"));

        Assert.Equal(
            "rules/mine.json:2 at $.coreTarget: the core target must be a percent of GDP above 0 and at most 100 such as 3.5, but was 120.",
            e.Problems[0].ToString());
        Assert.Equal(["$.coreTarget", "$.totalTarget", "$.reviewYear", "$.paths.frontLoadFraction"], e.Problems.Select(p => p.JsonPath));
    }

    [Fact]
    public void AMemberTheCodeDoesNotUseIsRefusedWithFileLineRuleAndFix()
    {
        const string json = """
            {
              "id": "mine",
              "title": "My rule",
              "status": "adopted",
              "source": "me",
              "coreTarget": 3.5,
              "deadline": 2035,
              "annualPlans": true
            }
            """;

        var e = Assert.Throws<DataFileException>(() => RuleSetReader.Parse(Encoding.UTF8.GetBytes(json), "rules/mine.json"));

        Assert.Equal(
            "rules/mine.json:8 at $.annualPlans: 'annualPlans' (value true) is not a member NatoSpend acts on, as no check or path depends on whether allies submit annual plans, and a rule set holds only members that change a result; remove it.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void AnUnknownMemberIsRefusedWithFileLineAndTheMembersThatExist()
    {
        const string json = """
            {
              "id": "mine", "title": "My rule", "status": "adopted", "source": "me", "coreTarget": 2, "deadline": 2024,
              "checks": {
                "noDecline": "always",
                "equipmentShare": 20
              }
            }
            """;

        var e = Assert.Throws<DataFileException>(() => RuleSetReader.Parse(Encoding.UTF8.GetBytes(json), "rules/mine.json"));

        Assert.Equal(
            "rules/mine.json:5 at $.checks.equipmentShare: 'equipmentShare' is not a member of a rule set (value 20); check the spelling against data/rules/README.md, which lists noDecline, everyYearPresent, jumpTolerancePp, backLoadingMinProgress, maxRealGrowthPct, maxRealGrowthRunYears.",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void ARuleFileWithAnUnusedMemberIsBadDataForTheCliWithExitOne()
    {
        var folder = Path.Combine(Path.GetTempPath(), "natospend-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "old.json");
        File.WriteAllText(file, File.ReadAllText(TestData.Catalog.Folder.PathOf("rules/hague-2025.json")).Replace(
            "\"ukraineContributionsCount\": true,", "\"ukraineContributionsCount\": true,\n  \"annualPlans\": true,", StringComparison.Ordinal));

        var result = Cli.CliRun.Run("path", "DEU", "--rules", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(file.Replace('\\', '/') + ":18 at $.annualPlans: 'annualPlans' (value true) is not a member NatoSpend acts on", result.Error.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedRuleFileHoldsOnlyMembersThatAct()
    {
        // The members the code reads; README.md's schema table documents the same list.
        string[] acting =
        [
            "$comment", "id", "title", "status", "source", "url", "adopted", "coreTarget", "totalTarget", "relatedCap", "deadline", "floorFrom",
            "reviewYear", "minAnnualStepPp", "allyTargets", "ukraineContributionsCount", "equipmentSharePct", "paths", "checks",
        ];
        var readme = File.ReadAllText(TestData.Catalog.Folder.PathOf("rules/README.md"));
        foreach (var id in RuleSetReader.ShippedIds(TestData.Catalog.Folder))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(TestData.Catalog.Folder.PathOf($"rules/{id}.json")));
            Assert.All(json.RootElement.EnumerateObject(), m => Assert.Contains(m.Name, acting));
        }
        Assert.All(acting.Where(m => m != "$comment"), m => Assert.Contains(m is "paths" or "checks" ? $"| `{m}." : $"| `{m}` |", readme, StringComparison.Ordinal));
        Assert.DoesNotContain("| `annualPlans` |", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleJsonNamesEveryMemberThatActs()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(AnswerJson.Write(RulesAnswer.Of(PathFixtures.Rules("wales-2014"))))!;

        Assert.Equal(20m, json["equipment_share_pct"]!.GetValue<decimal>());
        Assert.False(json["ukraine_contributions_count"]!.GetValue<bool>());
        Assert.Equal("2014-09-05", json["adopted"]!.GetValue<string>());
        Assert.Null(json["floor_from"]);
        Assert.Equal(2024, RulesAnswer.Of(PathFixtures.Rules("vilnius-2023")).FloorFrom);
    }

    [Fact]
    public void InvalidJsonGivesTheLine()
    {
        var e = Assert.Throws<DataFileException>(() => RuleSetReader.Parse(Encoding.UTF8.GetBytes("{\n  \"id\": \"x\",\n  oops\n}"), "rules/x.json"));

        Assert.StartsWith("rules/x.json:3: the file is not valid JSON", Assert.Single(e.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownIdListsTheShippedOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => PathFixtures.Rules("madrid-2099"));

        Assert.StartsWith("There is no rule set 'madrid-2099'; use one of hague-2025, hague-draft-2032, spain-view, vilnius-2023, wales-2014 or the path of your own JSON file.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultShapeOfTheDraftIsMinStep()
    {
        Assert.Equal(PathShape.MinStep, PathFixtures.Rules("hague-draft-2032").DefaultShape);
        Assert.Equal(PathShape.Linear, PathFixtures.Rules("hague-2025").DefaultShape);
    }
}
