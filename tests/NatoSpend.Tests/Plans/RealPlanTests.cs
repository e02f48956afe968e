using System.Text.Json;
using NatoSpend.Data.Plans;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Plans;

/// <summary>The real plans in data/plans/, checked by 'natospend check' as a user runs it, with their verdicts pinned.</summary>
public class RealPlanTests
{
    public static TheoryData<string, string, string> Verdicts() => new()
    {
        { "deu-2025-06.csv", "hague-2025", "incomplete" },
        { "deu-2025-06.csv", "hague-draft-2032", "incomplete" },
        { "deu-2025-11.csv", "hague-2025", "incomplete" },
        { "deu-2025-11.csv", "hague-draft-2032", "incomplete" },
        { "pol-2025-08.csv", "hague-2025", "incomplete" },
        { "pol-2025-08.csv", "hague-draft-2032", "incomplete" },
        { "gbr-2025-02.csv", "hague-2025", "incomplete" },
        { "gbr-2025-02.csv", "hague-draft-2032", "incomplete" },
        { "gbr-2025-06.csv", "hague-2025", "incomplete" },
        { "gbr-2025-06.csv", "hague-draft-2032", "incomplete" },
        { "esp-2025-04.csv", "hague-2025", "incomplete" },
        { "esp-2025-04.csv", "spain-view", "incomplete" },
        { "nld-2025-06.json", "hague-2025", "incomplete" },
        { "nld-2025-06.json", "hague-draft-2032", "incomplete" },
        { "can-2025-06.csv", "hague-2025", "incomplete" },
        { "can-2025-06.csv", "hague-draft-2032", "incomplete" },
        { "fra-2025-07.csv", "hague-2025", "incomplete" },
        { "fra-2025-07.csv", "hague-draft-2032", "incomplete" },
    };

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void RealPlanVerdictIsPinned(string file, string rules, string verdict)
    {
        var result = CliRun.Run("check", PlanFixtures.ShippedPlan(file), "--rules", rules, "--format", "json");

        Assert.Equal(verdict == "credible" ? 0 : 3, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(verdict, root.GetProperty("verdict").GetString());
        Assert.Equal("national", root.GetProperty("basis").GetString());
        Assert.Equal("national (not NATO's definition)", root.GetProperty("sources").GetProperty("plan").GetProperty("basis").GetString());
        Assert.StartsWith("https://", root.GetProperty("sources").GetProperty("plan").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(rules, root.GetProperty("rules").GetProperty("id").GetString());
        Assert.Equal(NatoSpend.Domain.Plans.PlanChecker.CheckNames.Count, root.GetProperty("checks").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("fix").ValueKind);
    }

    [Fact]
    public void EveryShippedPlanIsPinned()
    {
        var shipped = PlanReader.ShippedFiles(TestData.Catalog.Folder).Select(f => Path.GetFileName(f)!).ToHashSet();

        Assert.Equal(shipped, Verdicts().Select(row => (string)row[0]).ToHashSet());
        Assert.Equal(9, shipped.Count);
    }

    [Theory]
    [InlineData("deu-2025-06.csv", "2025=2.4, 2029=3.5")]
    [InlineData("deu-2025-11.csv", "2029=3.05")]
    [InlineData("pol-2025-08.csv", "2025=4.7, 2026=4.8")]
    [InlineData("gbr-2025-02.csv", "2027=2.5")]
    [InlineData("gbr-2025-06.csv", "2027=2.6, 2035=3.5")]
    [InlineData("esp-2025-04.csv", "2025=2.0")]
    [InlineData("nld-2025-06.json", "2035=3.5")]
    [InlineData("can-2025-06.csv", "2025=2.0, 2035=3.5")]
    public void ThePlansGiveOnlyTheAnnouncedYearsAndShares(string file, string years)
    {
        var plan = PlanReader.ReadFile(PlanFixtures.ShippedPlan(file), file);

        Assert.Equal(years, string.Join(", ", plan.Years.Select(y => FormattableString.Invariant($"{y.Year}={y.CoreShare!.Value.Percent}"))));
        Assert.Equal(NatoSpend.Domain.Plans.PlanBasis.National, plan.Basis);
        Assert.NotNull(plan.Published);
    }

    [Fact]
    public void FranceIsInMoneyAndConvertedOnProjectedGdpWithTheAssumptionShown()
    {
        var result = CliRun.Run("check", PlanFixtures.ShippedPlan("fra-2025-07.csv"), "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var year = Assert.Single(json.RootElement.GetProperty("years").EnumerateArray());
        Assert.Equal("money", year.GetProperty("core_given_as").GetString());
        Assert.Equal(64000m, year.GetProperty("core_spending").GetDecimal());
        Assert.InRange(year.GetProperty("core_share").GetDecimal(), 1.9m, 2.2m);
        Assert.Contains(json.RootElement.GetProperty("assumptions").EnumerateArray(), a => a.GetString()!.StartsWith("GDP from 2027 to 2035: projected from 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void GermanyJuneAndNovemberBothStartFromNatosPublishedFigures()
    {
        var june = CliRun.Run("check", PlanFixtures.ShippedPlan("deu-2025-06.csv"), "--format", "json");
        var november = CliRun.Run("check", PlanFixtures.ShippedPlan("deu-2025-11.csv"), "--format", "json");

        using var j = JsonDocument.Parse(june.Output);
        using var n = JsonDocument.Parse(november.Output);
        string Message(JsonDocument d, string check) => d.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == check).GetProperty("message").GetString()!;
        Assert.StartsWith("For 2025 the plan gives 2.40% and NATO publishes 2.22%, a difference of +0.18 pp within the tolerance of 0.30 pp.", Message(j, "starts-from-published"), StringComparison.Ordinal);
        Assert.StartsWith("By the review year 2029 the plan has made", Message(n, "not-back-loaded"), StringComparison.Ordinal);
        Assert.Contains("from 2.69% (2026, NATO's published figure)", Message(n, "not-back-loaded"), StringComparison.Ordinal);
    }
}
