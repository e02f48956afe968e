using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Plans;
using NatoSpend.Tests.Cli;
using NatoSpend.Tests.Paths;

namespace NatoSpend.Tests.Plans;

/// <summary>The verdict on a plan's announced points, and the simulation's use of the same path.</summary>
public class AnnouncedPathTests
{
    private static readonly string[] RuleIds = ["hague-2025", "hague-draft-2032", "vilnius-2023"];

    [Fact]
    public void InterpolatedYearsNeverAppearAsAnnouncedFiguresInAnyOutput()
    {
        Gen.Select(Gen.Int[2024, 2036].Array[1, 5], Gen.Int[100, 600].Array[5], Gen.Bool.Array[5], Gen.Int[0, RuleIds.Length - 1]).Sample(t =>
        {
            var (rawYears, hundredths, inMoney, rulesIndex) = t;
            var years = rawYears.Distinct().Order().ToArray();
            var plan = Plan.Create(new PlanDefinition
            {
                Ally = "DEU",
                Years = [.. years.Select((y, i) => new PlanRowDefinition
                {
                    Year = y,
                    CoreShare = inMoney[i] ? null : hundredths[i] / 100m,
                    CoreSpending = inMoney[i] ? hundredths[i] * 400m : null,
                })],
            });
            var check = PlanFixtures.Check(plan, PathFixtures.Rules(RuleIds[rulesIndex]));
            var json = JsonNode.Parse(AnswerJson.Write(PlanCheckAnswer.Of(check, PlanReport.Checks(check), PlanReport.Years(check), [])))!;
            var announced = json["announced"]!;
            var path = announced["path"]!.AsArray();
            var given = years.ToHashSet();

            // The plan's own outputs hold only its years; the path marks every other year as interpolated, with no 'share'.
            var planYears = json["years"]!.AsArray().Select(y => (int)y!["year"]!).ToArray();
            var figureYears = json["figures"]!.AsArray().Select(f => (int)f!["year"]!).Distinct().ToArray();
            var text = string.Join("\n", PlanHistoryReport.SideBySide([new ShippedPlanCheck("plans/deu-test.csv", check, AnnouncedPath.Judge(check))]).Rows.Select(r => r[0]!.ToString()));
            return planYears.ToHashSet().SetEquals(given)
                && figureYears.ToHashSet().SetEquals(given)
                && text.Split('\n').Select(int.Parse).ToHashSet().SetEquals(given)
                && path.All(p => ((string)p!["kind"]! == "announced") == given.Contains((int)p["year"]!))
                && path.Where(p => (string)p!["kind"]! == "interpolated").All(p => p!["share"] is null && p["interpolated_share"] is not null)
                && announced["announced_years"]!.AsArray().All(y => given.Contains((int)y!))
                && announced["checks"]!.AsArray().All(c => !path.Any(p => (string)p!["kind"]! == "interpolated")
                    || ((string)c!["message"]!).StartsWith("On the path through the announced points (", StringComparison.Ordinal));
        }, iter: 60);
    }

    [Fact]
    public void APathOfSharesIsAStraightLineInPercentAndAPathOfAmountsInMoney()
    {
        var economy = PlanFixtures.Economy("DEU");
        var shares = AnnouncedPath.Interpolate(PlanFixtures.Shares("DEU", (2026, 3.0m), (2030, 3.4m)), economy.Gdp);
        var money = AnnouncedPath.Interpolate(Plan.Create(new PlanDefinition
        {
            Ally = "DEU",
            Years = [new PlanRowDefinition { Year = 2026, CoreSpending = 100_000m }, new PlanRowDefinition { Year = 2030, CoreSpending = 140_000m }],
        }), economy.Gdp);

        Assert.Equal([3.0m, 3.1m, 3.2m, 3.3m, 3.4m], shares.Select(p => p.Share));
        Assert.Equal([false, true, true, true, false], shares.Select(p => p.Interpolated));
        Assert.Equal([100_000m, 110_000m, 120_000m, 130_000m, 140_000m], money.Select(p => decimal.Round(p.Spending!.Value / 1_000_000m, 6)));
        Assert.All(money, p => Assert.Equal("money", p.Unit));
    }

    [Fact]
    public void OnePointIsNotAssessable()
    {
        var verdict = AnnouncedPath.Judge(PlanFixtures.Check(PlanFixtures.Shares("DEU", (2029, 3.05m))));

        Assert.Equal(AnnouncedVerdictKind.NotAssessable, verdict.Kind);
        Assert.Equal("not assessable: one point (2029)", verdict.Label);
    }

    [Fact]
    public void SimulatingAPlanThatStopsBeforeTheDeadlineGivesNoOddsAndSaysWhy()
    {
        var result = CliRun.Run("simulate", "--plan", PlanFixtures.ShippedPlan("deu-2025-06.csv"), "--seed", "7", "--draws", "2000", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var ally = json.RootElement.GetProperty("allies")[0];
        Assert.Equal(JsonValueKind.Null, ally.GetProperty("p_reaches_target").ValueKind);
        Assert.StartsWith("not assessable: the plan's last announced point is 2029, before the deadline 2035;", ally.GetProperty("not_assessable").GetString(), StringComparison.Ordinal);
        Assert.Equal([2027, 2028, 2029], ally.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal([2027, 2028], ally.GetProperty("interpolated_years").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Fact]
    public void PlansAsCsvHasAHeaderAndOneRowPerShippedPlan()
    {
        var shipped = PlanReader.ShippedFiles(TestData.Catalog.Folder);
        var result = CliRun.Run("plans", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Trim().Split('\n');
        Assert.StartsWith("ally,announced,file,title,basis,years,announced_verdict,completeness,verdict,revises,grades", lines[0], StringComparison.Ordinal);
        Assert.Equal(shipped.Count + 1, lines.Length);
    }
}
