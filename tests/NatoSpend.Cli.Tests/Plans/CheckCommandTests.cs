using System.Text.Json;
using NatoSpend.Tests.Cli;
using nietras.SeparatedValues;

namespace NatoSpend.Tests.Plans;

public class CheckCommandTests
{
    private static string TempFile(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "natospend-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Template(string ally = "DEU", string rules = "hague-2025")
    {
        var result = CliRun.Run("plan", "template", ally, "--rules", rules);
        Assert.Equal(0, result.ExitCode);
        return result.Output;
    }

    [Fact]
    public void PlanTemplateWritesTheLinearPathFromNatosFigure()
    {
        var lines = Template().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("# ally: DEU", lines[0]);
        Assert.Contains("# basis: nato", lines);
        Assert.Contains("year,core_share,related_share,note", lines);
        Assert.Contains("2026,2.69,,\"NATO's published share, edition 2026\"", lines);
        Assert.Contains("2027,2.78,0.17,\"related_share is a starter line rising evenly to 1.50% of GDP by 2035, the least that meets the total target 5.00% (hague-2025); NATO publishes no related spending, so put the plan's own figures there\"", lines);
        Assert.Contains("2029,2.96,0.50,", lines);
        Assert.Equal("2035,3.50,1.50,", lines[^1]);
    }

    [Fact]
    public void TheTemplateIsCredibleUnderHague2025AndExitsZero()
    {
        var result = CliRun.Run("check", TempFile("deu.csv", Template()));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Verdict: CREDIBLE. Credible under hague-2025: every decisive check passes or does not apply.", result.Output, StringComparison.Ordinal);
        Assert.Contains("basis: nato (NATO's core definition)", result.Output, StringComparison.Ordinal);
        Assert.Contains("GDP from 2027 to 2035: projected from 2026", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTemplateIsNotCredibleUnderTheDraftAndExitsThreeWithTheFix()
    {
        var result = CliRun.Run("check", TempFile("deu.csv", Template()), "--rules", "hague-draft-2032");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Verdict: NOT CREDIBLE. Not credible under hague-draft-2032 (a draft, never adopted): fails reaches-target, min-step, related-cap.", result.Output, StringComparison.Ordinal);
        Assert.Contains("  1. reaches-target: 2032 is at 3.23%, 0.27 pp below the target 3.50%; the target must be met by 2032.", result.Output, StringComparison.Ordinal);
        Assert.Contains("The smallest fix: raise 2027 from 2.78% to at least 2.89% (+0.11 pp, EUR ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonCarriesVerdictReasonsChecksFixYearsAssumptionsAndSources()
    {
        var result = CliRun.Run("check", TempFile("deu.csv", Template()), "--rules", "hague-draft-2032", "--format", "json");

        Assert.Equal(3, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("DEU", root.GetProperty("ally").GetString());
        Assert.Equal("nato", root.GetProperty("basis").GetString());
        Assert.Equal("not credible", root.GetProperty("verdict").GetString());
        Assert.Equal(3, root.GetProperty("reasons").GetArrayLength());
        var step = root.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "min-step");
        Assert.Equal("fail", step.GetProperty("outcome").GetString());
        Assert.Equal(0.2m, step.GetProperty("numbers")[0].GetProperty("value").GetDecimal());
        var fix = root.GetProperty("fix");
        Assert.True(fix.GetProperty("passes").GetBoolean());
        Assert.Equal(3.29m, fix.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2029).GetProperty("to_share").GetDecimal());
        var years = root.GetProperty("years").EnumerateArray().ToArray();
        Assert.Equal(10, years.Length);
        Assert.True(years[3].GetProperty("core_spending").GetDecimal() > 100_000m);
        Assert.Equal("share", years[3].GetProperty("core_given_as").GetString());
        Assert.NotEmpty(root.GetProperty("assumptions").EnumerateArray());
        Assert.StartsWith("Source: NATO", root.GetProperty("sources").GetProperty("nato").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CsvHasOneLabelledRowPerCheck()
    {
        var result = CliRun.Run("check", TempFile("deu.csv", Template()), "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ally,rules,basis,verdict,check,outcome,weight,years,numbers,message", result.Output, StringComparison.Ordinal);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(result.Output);
        var rows = reader.Enumerate(r => (Check: r["check"].ToString(), Verdict: r["verdict"].ToString(), Basis: r["basis"].ToString())).ToArray();
        Assert.Equal(NatoSpend.Domain.Plans.PlanChecker.CheckNames.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(("credible", "nato"), (r.Verdict, r.Basis)));
    }

    [Fact]
    public void ABrokenPlanListsEveryProblemExitsOneAndGivesNoVerdict()
    {
        var file = TempFile("deu.csv", "# ally: XYZ\nyear,core_share,note\n2026,n/a,\n2027,2.8,\n2027,2.9,\n1999,2.5,\n2030,120,\n2031,3.0\n");

        var result = CliRun.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.All(lines[..6], l => Assert.StartsWith(file.Replace('\\', '/') + ":", l, StringComparison.Ordinal));
        Assert.Equal(new[] { 1, 3, 5, 6, 7, 8 }, lines[..6].Select(l => int.Parse(l[(file.Length + 1)..l.IndexOf(": ", file.Length, StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("natospend: the files read have 6 problems (above); nothing was computed.", lines[^1]);
    }

    [Fact]
    public void APlanThatIsNotUtf8ExitsOneWithItsReason()
    {
        var file = TempFile("deu.csv", "");
        File.WriteAllBytes(file, [.. "# ally: DEU\n# title: Bundeshaushalt f"u8, 0xFC, .. "r 2026\nyear,core_share\n2026,2.9\n"u8]);

        var result = CliRun.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(file.Replace('\\', '/') + ":2: the plan file is not UTF-8 text: the byte 0xFC in column 26 is not valid UTF-8; save the file as UTF-8.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void GrowthOverridesMayBeOneCommaSeparatedListAsOnPath()
    {
        var plan = PlanFixtures.ShippedPlan("deu-2025-06.csv");

        var list = CliRun.Run("check", plan, "--growth", "2.5,DEU=3.1", "--format", "json");
        var repeated = CliRun.Run("check", plan, "--growth", "2.5", "--growth", "DEU=3.1", "--format", "json");

        Assert.Equal(3, list.ExitCode);
        Assert.Equal(repeated.Output, list.Output);
    }

    [Theory]
    [InlineData(new[] { "check", "no-such-plan.csv" }, "natospend: The plan file 'no-such-plan.csv' does not exist; give the path of a CSV or JSON plan (the shipped ones are in data/plans/), or write one with 'natospend plan template DEU > deu.csv'.")]
    [InlineData(new[] { "plan", "template", "XYZ" }, "natospend: 'XYZ' is not an ally code; use one of ")]
    [InlineData(new[] { "plan", "template", "ISL" }, "natospend: Edition 2026 has no share of GDP for Iceland (ISL) in 2026 (no armed forces, no expenditure data), so no starter plan can start from it; choose another ally.")]
    [InlineData(new[] { "plan", "template", "DEU", "--format", "xml" }, "natospend: The format 'xml' is not one a plan is written in; use csv or json.")]
    [InlineData(new[] { "plan", "template", "DEU", "--rules", "vilnius-2023" }, "natospend: Rule set vilnius-2023 has its deadline in 2024, not after NATO's latest published year 2026, so no starter plan can lead to it (whether it was met is in NATO's published figures: natospend status --year 2024); choose a rule set with a later deadline, such as hague-2025.")]
    public void UsageMistakesExitTwoWithOneSentence(string[] args, string message)
    {
        var result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
    }
}
