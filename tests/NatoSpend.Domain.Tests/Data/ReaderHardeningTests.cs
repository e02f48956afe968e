using System.Text;
using NatoSpend.Data.Files;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Rules;
using NatoSpend.Data.Simulation;
using NatoSpend.Tests.Simulation;

namespace NatoSpend.Tests.Data;

/// <summary>Bad bytes, big inputs and odd layouts in the files a user hands NatoSpend: each refused with one sentence, file and line.</summary>
public sealed class ReaderHardeningTests : IDisposable
{
    private readonly NatoSpend.Tests.Export.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void InvalidUtf8InAJsonString_IsRefusedByEveryJsonReader_WithLineAndColumn()
    {
        var plan = Assert.Throws<DataFileException>(() => PlanReader.ParseJson(Bytes("{\"ally\":\"DEU\",\"title\":\"", [0xFF], "\",\"years\":[{\"year\":2030,\"core_share\":3.5}]}"), "d.json"));
        Assert.Equal("d.json:1: the plan file is not UTF-8 text: the byte 0xFF in column 24 is not valid UTF-8; save the file as UTF-8.", Single(plan));

        var rules = Assert.Throws<DataFileException>(() => RuleSetReader.Parse(Bytes("{\n  \"id\": \"", [0xC0, 0x80], "\"\n}"), "r.json"));
        Assert.Equal("r.json:2: the rule file is not UTF-8 text: the byte 0xC0 in column 10 is not valid UTF-8; save the file as UTF-8.", Single(rules));

        var parameters = Assert.Throws<DataFileException>(() => ParameterFileReader.Apply(Bytes("{ \"series\": { \"", [0xED, 0xA0, 0x80], "\": {} } }"), "p.json", SimulationFixtures.Calibrated));
        Assert.Equal("p.json:1: the parameter file is not UTF-8 text: the byte 0xED in column 16 is not valid UTF-8; save the file as UTF-8.", Single(parameters));
    }

    [Fact]
    public void InvalidUtf8InACsvPlan_IsRefusedWithItsLine()
    {
        var path = _temp.File("deu.csv");
        File.WriteAllBytes(path, Bytes("year,core_share\n2030,", [0xFF], "3.5\n"));
        var e = Assert.Throws<DataFileException>(() => PlanReader.ReadFile(path, "deu.csv"));
        Assert.Equal("deu.csv:2: the plan file is not UTF-8 text: the byte 0xFF in column 6 is not valid UTF-8; save the file as UTF-8.", Single(e));
    }

    [Fact]
    public void Utf16AndLoneSurrogates_AreRefusedAsNotText()
    {
        var utf16 = Assert.Throws<DataFileException>(() => PlanReader.ParseJson(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray(), "w.json"));
        Assert.Equal("w.json:1: the plan file is UTF-16 text; save it as UTF-8, which NatoSpend reads.", Single(utf16));

        var surrogate = Assert.Throws<DataFileException>(() => RuleSetReader.Parse(Encoding.UTF8.GetBytes("{\n\"id\": \"\\ud800\"\n}"), "r.json"));
        Assert.Equal("r.json:2: a string holds an escape such as \\ud800 that is half of a character (a lone surrogate), which is not text; write the whole character or remove the escape.", Single(surrogate));
    }

    [Fact]
    public void AJsonPlanWithAByteOrderMark_IsReadAsACsvOneIs()
    {
        var json = _temp.File("deu.json");
        File.WriteAllBytes(json, Bytes("\uFEFF{\"ally\":\"DEU\",\"years\":[{\"year\":2030,\"core_share\":3.5}]}"));
        var csv = _temp.File("deu.csv");
        File.WriteAllBytes(csv, Bytes("\uFEFFyear,core_share\n2030,3.5\n"));
        Assert.Equal(PlanReader.ReadFile(csv, "deu.csv").Years.Single().Year, PlanReader.ReadFile(json, "deu.json").Years.Single().Year);
        Assert.Equal("hague-2025", RuleSetReader.Parse(Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(Path.Combine(Repository.Root, "data", "rules", "hague-2025.json"))).ToArray(), "r.json").Id);
    }

    [Fact]
    public void AFileLargerThanItsReadersLimit_IsRefusedBeforeItIsParsed()
    {
        var path = _temp.File("big.csv");
        File.WriteAllBytes(path, new byte[FileLimits.Plan + 1]);
        var e = Assert.Throws<DataFileException>(() => PlanReader.ReadFile(path, "big.csv"));
        Assert.Equal("big.csv: the plan file is 1048577 bytes, larger than 1 MiB, the largest plan file NatoSpend reads (see data/README.md); check that this is the file you meant.", Single(e));

        var rules = Assert.Throws<DataFileException>(() => RuleSetReader.ReadFile(path, "big.csv"));
        Assert.StartsWith("big.csv: the rule file is 1048577 bytes, larger than 1 MiB", Single(rules), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEndlessDevice_IsReadOnlyUpToTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device on this system
        }
        var e = Assert.Throws<DataFileException>(() => PlanReader.ReadFile("/dev/zero", "/dev/zero"));
        Assert.Equal("/dev/zero: the plan file is larger than 1 MiB, the largest plan file NatoSpend reads (see data/README.md); check that this is the file you meant.", Single(e));
    }

    [Fact]
    public void AFolderGivenAsAFile_IsNamedAsAFolder()
    {
        var e = Assert.Throws<DataFileException>(() => PlanReader.ReadFile(_temp.Path, "plans/"));
        Assert.Equal("plans/: 'plans/' is a folder, not a plan file; give the path of a file (such as one in that folder).", Single(e));

        var rules = Assert.Throws<ArgumentException>(() => RuleSetReader.Load(TestData.Catalog.Folder, _temp.Path));
        Assert.StartsWith($"The rule file '{_temp.Path}' is a folder; pass the path of a JSON rule set (such as one in that folder) or one of the ids hague-2025,", rules.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year,core_share,core_share\n2030,3.5,3.5\n", "dup.csv:1: the header names the column 'core_share' twice (columns 2 and 3); keep one column of each name.")]
    [InlineData("# ally: DEU\nyear,core_share,,\n2030,3.5,,\n", "dup.csv:2: the header has two columns without a name (columns 3 and 4); name every column or remove the extra separator.")]
    public void AColumnNamedTwice_IsNamedWithTheHeadersLine(string text, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => PlanReader.ParseCsv(text, "dup.csv", "deu.csv"));
        Assert.Equal(expected, Single(e));
    }

    [Fact]
    public void ANumberBeyondADouble_IsRefusedAsANumberInAParameterFile()
    {
        // 1e400 is JSON, but no double: read as infinity, it would have reached the simulation.
        var e = Assert.Throws<DataFileException>(() => ParameterFileReader.Apply(Encoding.UTF8.GetBytes("{ \"series\": { \"real-growth:DEU\": { \"volatility\": 1e400 } } }"), "p.json", SimulationFixtures.Calibrated));
        Assert.Equal("p.json at $.series['real-growth:DEU'].volatility: volatility must be a number, but was 1e400.", Single(e));
    }

    [Fact]
    public void ASpendingFigureNearTheLimitOfADecimal_IsRefusedWithItsLine()
    {
        // Found by fuzzing: core_spending 1e28 passed the checks and overflowed when the millions were made money.
        var e = Assert.Throws<DataFileException>(() => PlanReader.ParseCsv("year,core_share,core_spending\n2026,,1e28\n", "pol.csv", "pol.csv"));
        Assert.Equal("pol.csv:2: the core spending for 2026 must be a number of million national currency such as 152800, but was 10000000000000000000000000000, beyond 1,000,000,000 (far above any ally's budget); check the exponent and the decimal point.", Single(e));
    }

    [Fact]
    public void ProblemsBeyondFiftyAFile_AreCountedInOneLine()
    {
        var problems = Enumerable.Range(1, 120).Select(i => new DataProblem("a.csv", i, "bad."))
            .Concat(Enumerable.Range(1, 3).Select(i => new DataProblem("b.csv", i, "bad.")))
            .ToArray();
        var e = new DataFileException(problems);
        Assert.Equal(123, e.Count);
        Assert.Equal(54, e.Problems.Count);
        Assert.Equal("a.csv:50: bad.", e.Problems[49].ToString());
        Assert.Equal("b.csv:1: bad.", e.Problems[50].ToString());
        Assert.Equal("a.csv: and 70 more problems, not listed: NatoSpend lists the first 50 of a file; fix those and run again.", e.Problems[^1].ToString());
    }

    private static string Single(DataFileException e) => Assert.Single(e.Problems).ToString();

    private static byte[] Bytes(string before, byte[]? bad = null, string after = "") =>
        [.. Encoding.UTF8.GetBytes(before), .. bad ?? [], .. Encoding.UTF8.GetBytes(after)];
}
