using System.Text.Json;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Rules;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting.Plans;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Plans;

public class PlanScorecardTests
{
    private static readonly Dictionary<string, Scorecard> Cards = [];
    private static readonly Lock Gate = new();

    private static Scorecard Card(string rules = "hague-2025")
    {
        lock (Gate)
        {
            if (!Cards.TryGetValue(rules, out var card))
            {
                var set = RuleSetReader.Load(TestData.Catalog.Folder, rules);
                var data = TestData.Catalog.LoadNewest();
                var outlook = TestData.Catalog.LoadOutlook();
                var shipped = PlanReader.ShippedFiles(TestData.Catalog.Folder).Select(f => (f, PlanReader.ReadFile(TestData.Catalog.Folder.PathOf(f), f)));
                card = PlanScorecard.Build(PlanHistory.CheckAll(shipped, set, data, outlook, ProjectionOptions.Default), set, data, outlook, ProjectionOptions.Default);
                Cards[rules] = card;
            }
            return card;
        }
    }

    private static ScorecardRow Row(string ally, string rules = "hague-2025") => Card(rules).Rows.Single(r => r.Ally.Code.Value == ally);

    [Fact]
    public void EveryAllyNatoPublishesIsOnTheCardAndAllyWithoutAPlanIsNotAssessable()
    {
        var card = Card();

        Assert.Equal(31, card.Rows.Count);
        Assert.DoesNotContain(card.Rows, r => r.Ally.Code.Value == "ISL");
        Assert.True(card.Rows.Count(r => r.Plans > 0) >= 20);
        var albania = Row("ALB");
        Assert.Equal((ScorecardStatus.NotAssessable, "no shipped plan", 0), (albania.Status, albania.Reason, albania.Plans));
        Assert.Null(albania.GapPp);
    }

    [Fact]
    public void LatviasNewestPlanIsTheBudgetThatRevisesFebruaryAndItIsOffTrackOnItsDecline()
    {
        var latvia = Row("LVA");

        Assert.Equal("lva-2025-budget.csv", latvia.Newest!.Name);
        Assert.Equal(ScorecardStatus.OffTrack, latvia.Status);
        Assert.StartsWith("off track: declines in 2028", latvia.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GermanysNewestPlanIsOnePointAbovetheLinearPathAndBelowTheDraftsStep()
    {
        var adopted = Row("DEU");
        var draft = Row("DEU", "hague-draft-2032");

        Assert.Equal(("deu-2025-11.csv", 6, 2029, 3.05m), (adopted.Newest!.Name, adopted.Plans, adopted.Year!.Value, adopted.AnnouncedShare!.Value));
        Assert.Equal((2.96m, 0.09m, ScorecardStatus.NotAssessable), (adopted.RequiredShare!.Value, adopted.GapPp!.Value, adopted.Status));
        Assert.Equal("not assessable: one point (2029); at or above the required path there: 3.05% against 2.96% required in 2029", adopted.Reason);
        Assert.Equal((3.29m, -0.24m, ScorecardStatus.OffTrack), (draft.RequiredShare!.Value, draft.GapPp!.Value, draft.Status));
        Assert.Equal("0.24 pp below the required path: 3.05% against 3.29% required in 2029", draft.Reason);
    }

    [Fact]
    public void TheNetherlandsIsOnTrackAtTheDeadline()
    {
        var netherlands = Row("NLD");

        Assert.Equal((ScorecardStatus.OnTrack, 2035, 3.50m, 0.00m), (netherlands.Status, netherlands.Year!.Value, netherlands.RequiredShare!.Value, netherlands.GapPp!.Value));
    }

    [Theory]
    [InlineData("hague-2025")]
    [InlineData("hague-draft-2032")]
    [InlineData("spain-view")]
    public void TheYearAssessedIsAlwaysAnAnnouncedYearAndTheGapIsAnnouncedLessRequired(string rules)
    {
        foreach (var row in Card(rules).Rows.Where(r => r.Year is not null))
        {
            var year = row.Newest!.Check.Plan.Find(row.Year!.Value);
            Assert.True(year is { HasCore: true }, $"{row.Ally.Code}: {row.Year} is not an announced core year of {row.Newest.Name}");
            Assert.DoesNotContain(row.Newest.Announced.Path, p => p.Year == row.Year && p.Interpolated);
            if (row.GapPp is { } gap)
            {
                Assert.Equal(row.AnnouncedShare!.Value - row.RequiredShare!.Value, gap);
                // Behind the path is off track whatever the verdict; on track is never behind it.
                Assert.True(gap >= 0m || row.Status == ScorecardStatus.OffTrack, $"{row.Ally.Code} is behind the path but {row.StatusLabel}");
                Assert.True(row.Status != ScorecardStatus.OnTrack || (gap >= 0m && row.Newest.Announced.Kind == AnnouncedVerdictKind.OnTrack), $"{row.Ally.Code} is on track without the grounds");
            }
        }
    }

    [Fact]
    public void TheCliTableCsvAndJsonSayTheSame()
    {
        var table = CliRun.Run("plans", "--scorecard");
        var csv = CliRun.Run("plans", "--scorecard", "--format", "csv");
        var json = CliRun.Run("plans", "--scorecard", "--format", "json");

        Assert.Equal((0, 0, 0), (table.ExitCode, csv.ExitCode, json.ExitCode));
        Assert.Contains("Scorecard: each ally's newest plan against the hague-2025 path", table.Output, StringComparison.Ordinal);
        Assert.StartsWith("ally,name,plans,newest_plan,announced,basis,announced_verdict,year,announced_share,announced_as,required_share,required_shape,gap_pp,status,reason,plan_source", csv.Output, StringComparison.Ordinal);
        Assert.Contains("\nDEU,Germany,6,deu-2025-11.csv,2025-11-19,nato,not assessable: one point (2029),2029,3.05,share,2.96,linear,0.09,not assessable,", csv.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        Assert.Equal(31, root.GetProperty("allies").GetArrayLength());
        var counts = root.GetProperty("counts");
        Assert.Equal(31, counts.GetProperty("on_track").GetInt32() + counts.GetProperty("off_track").GetInt32() + counts.GetProperty("not_assessable").GetInt32());
        Assert.Equal("linear", root.GetProperty("required_path").GetProperty("shape").GetString());
    }

    [Fact]
    public void TheScorecardGoesToAWorkbookAndAChart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "natospend-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);

        var xlsx = CliRun.Run("plans", "--scorecard", "--format", "xlsx", "--out", Path.Combine(folder, "scorecard.xlsx"));
        var svg = CliRun.Run("chart", "scorecard", "--rules", "hague-draft-2032", "--out", Path.Combine(folder, "scorecard.svg"));

        Assert.Equal(0, xlsx.ExitCode);
        Assert.Contains("Scorecard (31 rows)", xlsx.Output, StringComparison.Ordinal);
        Assert.Equal(0, svg.ExitCode);
        var text = File.ReadAllText(Path.Combine(folder, "scorecard.svg"));
        // A human title: the rule set's name, not its id.
        Assert.Contains("National plans against the required path: Hague draft (not adopted)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hague-draft-2032 path", text, StringComparison.Ordinal);
        Assert.Contains("Required path in that year (derived)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "plans", "DEU", "--scorecard" }, "natospend: --scorecard shows every ally, so it takes no ally ('DEU'); drop the ally, or drop --scorecard to see Germany's plans over time.")]
    [InlineData(new[] { "plans", "--scorecard", "--rules", "wales-2014" }, "natospend: Rule set wales-2014 has its deadline in 2024, not after NATO's latest published year 2026, so there is no required path to score plans against; choose a rule set with a later deadline, such as hague-2025.")]
    public void UsageMistakesExitTwoWithOneSentence(string[] args, string message)
    {
        var result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
    }
}
