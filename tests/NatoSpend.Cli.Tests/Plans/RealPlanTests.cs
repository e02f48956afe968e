using System.Text.Json;
using NatoSpend.Data.Plans;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Plans;

/// <summary>The real plans in data/plans/, checked as a user runs them, with both verdicts pinned under hague-2025 and hague-draft-2032.</summary>
public class RealPlanTests
{
    // file, verdict and verdict on the announced points under hague-2025, then the same under hague-draft-2032.
    public static TheoryData<string, string, string, string, string> Verdicts() => new()
    {
        { "bel-2025-06.csv", "incomplete", "off track: back-loaded: too little of the rise by the review year 2029 (interpolated)", "not credible", "off track: below the target 3.50% in 2032 (interpolated); rises less than 0.20 pp a year from 2025 to 2033; back-loaded: too little of the rise by the review year 2029 (interpolated)" },
        { "can-2025-06.csv", "incomplete", "not assessable: one point (2025)", "incomplete", "not assessable: one point (2025)" },
        { "can-2025-11.csv", "incomplete", "on track on its announced points (2025, 2035)", "incomplete", "off track: below the target 3.50% in 2032 (interpolated); rises less than 0.20 pp a year from 2025 to 2035" },
        { "cze-2025-03.csv", "incomplete", "on track on its announced points (2026, 2030; 2031-2035 not announced)", "incomplete", "on track on its announced points (2026, 2030; 2031-2032 not announced)" },
        { "cze-2026-02-mod.csv", "incomplete", "on track on its announced points (2026-2028; 2029-2035 not announced)", "not credible", "off track: rises less than 0.20 pp a year in 2028" },
        { "cze-2026-02.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "deu-2025-06-ep14.csv", "incomplete", "on track on its announced points (2025-2029; 2030-2035 not announced); flagged: starts-from-published, plausible-execution", "not credible", "off track: rises less than 0.20 pp a year in 2027; flagged: starts-from-published, plausible-execution" },
        { "deu-2025-06-quota.csv", "incomplete", "on track on its announced points (2025, 2029; 2030-2035 not announced); flagged: plausible-execution", "incomplete", "on track on its announced points (2025, 2029; 2030-2032 not announced); flagged: plausible-execution" },
        { "deu-2025-06.csv", "incomplete", "on track on its announced points (2025, 2029; 2030-2035 not announced); flagged: plausible-execution", "incomplete", "on track on its announced points (2025, 2029; 2030-2032 not announced); flagged: plausible-execution" },
        { "deu-2025-09-total.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "deu-2025-09.csv", "incomplete", "on track on its announced points (2025-2026; 2027-2035 not announced); flagged: starts-from-published", "incomplete", "on track on its announced points (2025-2026; 2027-2032 not announced); flagged: starts-from-published" },
        { "deu-2025-11.csv", "incomplete", "not assessable: one point (2029)", "incomplete", "not assessable: one point (2029)" },
        { "dnk-2025-finance-bill.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "dnk-2025-02.csv", "incomplete", "on track on its announced points (2025-2026; 2027-2035 not announced); flagged: starts-from-published", "not credible", "off track: rises less than 0.20 pp a year in 2026; flagged: starts-from-published" },
        { "esp-2025-op-ed.csv", "not credible", "not assessable: one point (2029)", "not credible", "not assessable: one point (2029)" },
        { "esp-2025-04.csv", "incomplete", "not assessable: one point (2025)", "incomplete", "not assessable: one point (2025)" },
        { "esp-2025-09.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "est-2025-03.csv", "incomplete", "on track on its announced points (2025-2026; 2027-2035 not announced)", "incomplete", "on track on its announced points (2025-2026; 2027-2032 not announced)" },
        { "est-2025-04.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "fin-2025-04.csv", "incomplete", "not assessable: one point (2029)", "incomplete", "not assessable: one point (2029)" },
        { "fin-2025-06.csv", "incomplete", "not assessable: no core figure (only a total or related spending)", "incomplete", "not assessable: no core figure (only a total or related spending)" },
        { "fra-2023-04.csv", "not credible", "off track: back-loaded: too little of the rise by the review year 2029", "not credible", "off track: rises less than 0.20 pp a year from 2028 to 2030; back-loaded: too little of the rise by the review year 2029" },
        { "fra-2023-08.csv", "not credible", "off track: back-loaded: too little of the rise by the review year 2029; flagged: starts-from-published", "not credible", "off track: rises less than 0.20 pp a year from 2024 to 2030; back-loaded: too little of the rise by the review year 2029; flagged: starts-from-published" },
        { "fra-2025-07.csv", "incomplete", "not assessable: one point (2027)", "incomplete", "not assessable: one point (2027)" },
        { "fra-2025-12.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "fra-2026-06.csv", "incomplete", "not assessable: one point (2030)", "incomplete", "not assessable: one point (2030)" },
        { "gbr-mod-answers-budget.csv", "incomplete", "on track on its announced points (2025, 2027; 2028-2035 not announced); flagged: starts-from-published", "not credible", "off track: rises less than 0.20 pp a year from 2025 to 2027; flagged: starts-from-published" },
        { "gbr-mod-answers-nato.csv", "incomplete", "on track on its announced points (2025, 2027; 2028-2035 not announced)", "not credible", "off track: rises less than 0.20 pp a year from 2025 to 2027" },
        { "gbr-2025-lords.csv", "incomplete", "on track on its announced points (2024, 2027; 2028-2035 not announced)", "not credible", "off track: rises less than 0.20 pp a year from 2024 to 2027" },
        { "gbr-2025-02.csv", "incomplete", "not assessable: one point (2027)", "incomplete", "not assessable: one point (2027)" },
        { "gbr-2025-06.csv", "incomplete", "not assessable: one core point (2035)", "incomplete", "not assessable: one core point (2035)" },
        { "gbr-2026-02-nato.csv", "incomplete", "not assessable: one point (2027)", "incomplete", "not assessable: one point (2027)" },
        { "gbr-2026-02.csv", "incomplete", "on track on its announced points (2025-2028; 2029-2035 not announced); flagged: starts-from-published", "not credible", "off track: rises less than 0.20 pp a year from 2025 to 2028; flagged: starts-from-published" },
        { "gbr-2026-06-settlement.csv", "incomplete", "not assessable: one point (2030)", "incomplete", "not assessable: one point (2030)" },
        { "gbr-2026-06-dip.csv", "not credible", "not assessable: one point (2029)", "not credible", "not assessable: one point (2029)" },
        { "grc-2025-06.csv", "incomplete", "not assessable: no core figure (only a total or related spending)", "incomplete", "not assessable: no core figure (only a total or related spending)" },
        { "ita-2025-06.csv", "incomplete", "not assessable: one point (2025)", "incomplete", "not assessable: one point (2025)" },
        { "ita-2025-10.csv", "incomplete", "not assessable: one point (2028)", "incomplete", "not assessable: one point (2028)" },
        { "ltu-2025-01.csv", "incomplete", "on track on its announced points (2026, 2030; 2031-2035 not announced); flagged: starts-from-published", "incomplete", "on track on its announced points (2026, 2030; 2031-2032 not announced); flagged: starts-from-published" },
        { "ltu-2025-12.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "lva-2025-budget.csv", "not credible", "off track: declines in 2028", "not credible", "off track: declines in 2028" },
        { "lva-2025-02.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "nld-2025-06.json", "incomplete", "not assessable: no core figure (only a total or related spending)", "incomplete", "not assessable: no core figure (only a total or related spending)" },
        { "nld-2026-01.csv", "incomplete", "on track on its announced points (2030, 2035)", "incomplete", "off track: below the target 3.50% in 2032 (interpolated); rises less than 0.20 pp a year from 2030 to 2035" },
        { "nor-2024-04.csv", "incomplete", "not assessable: one point (2036)", "incomplete", "not assessable: one point (2036)" },
        { "pol-2024-08.csv", "incomplete", "not assessable: one point (2025)", "incomplete", "not assessable: one point (2025)" },
        { "pol-2025-08.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "prt-2025-06-05.csv", "incomplete", "not assessable: one point (2025)", "incomplete", "not assessable: one point (2025)" },
        { "prt-2025-06-25.csv", "not credible", "off track: back-loaded: too little of the rise by the review year 2029; flagged: plausible-execution", "not credible", "off track: below the target 3.50% in 2032 (interpolated); back-loaded: too little of the rise by the review year 2029; flagged: plausible-execution" },
        { "rou-2026-request.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "rou-2025-02.csv", "incomplete", "not assessable: one point (2025)", "incomplete", "not assessable: one point (2025)" },
        { "swe-2025-03.csv", "incomplete", "on track on its announced points (2025, 2028, 2030; 2031-2035 not announced); flagged: starts-from-published", "not credible", "off track: rises less than 0.20 pp a year from 2025 to 2028; flagged: starts-from-published" },
        { "swe-2025-09.csv", "incomplete", "on track on its announced points (2026, 2028; 2029-2035 not announced); flagged: starts-from-published", "not credible", "off track: rises less than 0.20 pp a year from 2026 to 2028; flagged: starts-from-published" },
        { "tur-2025-06.csv", "incomplete", "not assessable: no core figure (only a total or related spending)", "incomplete", "not assessable: no core figure (only a total or related spending)" },
        { "usa-2025-05-discretionary.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "usa-2025-05.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "usa-2025-06.csv", "incomplete", "not assessable: one point (2026)", "incomplete", "not assessable: one point (2026)" },
        { "usa-2026-01.csv", "incomplete", "on track on its announced points (2026-2027; 2028-2035 not announced); flagged: starts-from-published", "incomplete", "on track on its announced points (2026-2027; 2028-2032 not announced); flagged: starts-from-published" },
    };

    private static readonly Lazy<JsonDocument> Hague = new(() => JsonDocument.Parse(CliRun.Run("plans", "--format", "json").Output));
    private static readonly Lazy<JsonDocument> Draft = new(() => JsonDocument.Parse(CliRun.Run("plans", "--rules", "hague-draft-2032", "--format", "json").Output));

    private static JsonElement PlanOf(JsonDocument plans, string file) =>
        plans.RootElement.GetProperty("plans").EnumerateArray().Single(p => p.GetProperty("file").GetString() == "plans/" + file);

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void RealPlanVerdictsArePinned(string file, string verdict, string announced, string draftVerdict, string draftAnnounced)
    {
        var hague = PlanOf(Hague.Value, file);
        var draft = PlanOf(Draft.Value, file);

        Assert.Equal((verdict, announced), (hague.GetProperty("verdict").GetString(), hague.GetProperty("announced").GetProperty("label").GetString()));
        Assert.Equal((draftVerdict, draftAnnounced), (draft.GetProperty("verdict").GetString(), draft.GetProperty("announced").GetProperty("label").GetString()));
        Assert.StartsWith("http", hague.GetProperty("sources").GetProperty("plan").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.All(hague.GetProperty("figures").EnumerateArray(), f =>
        {
            Assert.Matches("^[ABC]$", f.GetProperty("grade").GetString());
            Assert.StartsWith("http", f.GetProperty("source").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("lva-2025-budget.csv", 3)]
    [InlineData("deu-2025-06.csv", 3)]
    public void CheckGivesTheSameVerdictOnTheAnnouncedPointsAndExitsThreeUnlessCredible(string file, int exit)
    {
        var result = CliRun.Run("check", PlanFixtures.ShippedPlan(file), "--format", "json");

        Assert.Equal(exit, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var pinned = PlanOf(Hague.Value, file);
        Assert.Equal(pinned.GetProperty("announced").GetProperty("label").GetString(), json.RootElement.GetProperty("announced").GetProperty("label").GetString());
    }

    [Fact]
    public void EveryShippedPlanIsPinned()
    {
        var shipped = PlanReader.ShippedFiles(TestData.Catalog.Folder).Select(f => Path.GetFileName(f)!).ToHashSet();

        Assert.Equal(shipped, Verdicts().Select(row => (string)row[0]).ToHashSet());
    }

    [Fact]
    public void EveryPlanWithTwoAnnouncedPointsHasAVerdictOnThemNotABareIncomplete()
    {
        var plans = Hague.Value.RootElement.GetProperty("plans").EnumerateArray().ToArray();
        var assessable = plans.Where(p => p.GetProperty("announced").GetProperty("announced_years").GetArrayLength() >= 2).ToArray();

        Assert.True(assessable.Length >= 15, $"only {assessable.Length} plans have two points");
        Assert.All(assessable, p => Assert.Matches("^(on track on its announced points|off track: )", p.GetProperty("announced").GetProperty("label").GetString()));
        Assert.All(plans.Except(assessable), p => Assert.StartsWith("not assessable: ", p.GetProperty("announced").GetProperty("label").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void LatviasBudgetPathIsOffTrackWithIts2028DeclineNamed()
    {
        var latvia = PlanOf(Hague.Value, "lva-2025-budget.csv").GetProperty("announced");

        Assert.Equal("off track", latvia.GetProperty("verdict").GetString());
        Assert.Equal("off track: declines in 2028", latvia.GetProperty("label").GetString());
        Assert.Equal([4.91m, 5.0m, 4.87m], latvia.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("share").GetDecimal()));
        Assert.Contains(latvia.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "no-decline"
            && c.GetProperty("message").GetString()!.StartsWith("2028 falls to 4.87% from 5.00% in 2027", StringComparison.Ordinal));
    }

    [Fact]
    public void GermanysJunePlanIsOnTrackOnItsTwoPointsWithTheRestNotAnnounced()
    {
        var germany = PlanOf(Hague.Value, "deu-2025-06.csv").GetProperty("announced");

        Assert.StartsWith("on track on its announced points (2025, 2029; 2030-2035 not announced)", germany.GetProperty("label").GetString(), StringComparison.Ordinal);
        var path = germany.GetProperty("path").EnumerateArray().ToArray();
        Assert.Equal(["announced", "interpolated", "interpolated", "interpolated", "announced"], path.Select(p => p.GetProperty("kind").GetString()));
        Assert.All(path.Where(p => p.GetProperty("kind").GetString() == "interpolated"), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("share").ValueKind));
    }

    [Fact]
    public void PlansDeuShowsTheJuneAndNovemberPlansWith2029GoingFrom35To305()
    {
        var result = CliRun.Run("plans", "DEU");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("deu-2025-06.csv (2025-06-24)", result.Output, StringComparison.Ordinal);
        Assert.Contains("deu-2025-11.csv (2025-11-19)", result.Output, StringComparison.Ordinal);
        Assert.Contains("deu-2025-11.csv revises deu-2025-06.csv: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("2029: 3.50% → 3.05%", result.Output, StringComparison.Ordinal);
        var revision = Hague.Value.RootElement.GetProperty("revisions").EnumerateArray().Single(r => r.GetProperty("file").GetString() == "deu-2025-11.csv");
        Assert.Contains("2029: 3.50% → 3.05%", revision.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Germany2025AmountAndShareAreBothKeptAndReconciledInPp()
    {
        var germany = PlanOf(Hague.Value, "deu-2025-06.csv");
        var row = germany.GetProperty("reconciliation").EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2025 && r.GetProperty("kind").GetString() == "amount-vs-share");

        Assert.Equal(2.4m, row.GetProperty("plan_share").GetDecimal());
        Assert.InRange(row.GetProperty("amount_as_share").GetDecimal(), 1.8m, 2.1m);
        Assert.Equal(row.GetProperty("plan_share").GetDecimal() - row.GetProperty("amount_as_share").GetDecimal(), row.GetProperty("difference_pp").GetDecimal());
        Assert.StartsWith("2025: EUR 86,000 m is 1.92% of GDP on NATO's GDP (derived), -0.48 pp from the 2.40% claimed", row.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("a special fund is counted", row.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Poland2025IsSetAgainstNatosPublishedFigureWithTheDifferenceAndTheBasis()
    {
        var poland = PlanOf(Hague.Value, "pol-2024-08.csv");
        var row = poland.GetProperty("reconciliation").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "plan-vs-nato");

        Assert.Equal((2025, 4.7m, "national"), (row.GetProperty("year").GetInt32(), row.GetProperty("plan_share").GetDecimal(), row.GetProperty("basis").GetString()));
        Assert.Equal(4.7m - row.GetProperty("nato_share").GetDecimal(), row.GetProperty("difference_pp").GetDecimal());
        Assert.StartsWith("2025: the plan's 4.70% (national basis) against NATO's published ", row.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("national basis, not NATO's definition", row.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(row.GetProperty("flagged").GetBoolean());
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
    public void GermanyJuneStartsFromNatosPublishedFigures()
    {
        var june = CliRun.Run("check", PlanFixtures.ShippedPlan("deu-2025-06.csv"), "--format", "json");

        using var j = JsonDocument.Parse(june.Output);
        var message = j.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "starts-from-published").GetProperty("message").GetString()!;
        Assert.StartsWith("For 2025 the plan gives 2.40% and NATO publishes 2.22%, a difference of +0.18 pp within the tolerance of 0.30 pp.", message, StringComparison.Ordinal);
    }
}
