using System.Text;
using NatoSpend.Data.Files;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Plans;
using NatoSpend.Tests.Paths;

namespace NatoSpend.Tests.Plans;

public class PlanReaderTests
{
    private static DataProblem[] CsvProblems(string text, string file = "plans/deu.csv") =>
        [.. Assert.Throws<DataFileException>(() => PlanReader.ParseCsv(text, file, Path.GetFileName(file))).Problems];

    private static DataProblem[] JsonProblems(string text) =>
        [.. Assert.Throws<DataFileException>(() => PlanReader.ParseJson(Encoding.UTF8.GetBytes(text), "plans/nld.json", "nld.json")).Problems];

    [Fact]
    public void TheSmallestCsvPlanIsAHeaderAndOneRowPerYear()
    {
        var plan = PlanReader.ParseCsv("year,core_share\n2026,2.7\n2027,2.9\n", "deu.csv", "deu.csv");

        Assert.Equal("DEU", plan.Ally.Code.Value);
        Assert.Equal([2026, 2027], plan.Years.Select(y => y.Year));
        Assert.Equal(2.9m, plan.Years[1].CoreShare!.Value.Percent);
        Assert.Equal(PlanBasis.Nato, plan.Basis);
        Assert.False(plan.BasisStated);
    }

    [Fact]
    public void HeaderLinesGiveAllyTitleDateSourceBasisAndCurrency()
    {
        var plan = PlanReader.ParseCsv("""
            # ally: pol
            # title: Poland, 2026 budget
            # a free comment line
            # published: 2025-08-28
            # source: https://example.org/poland
            # basis: national
            # currency: PLN
            year,core_share,related_share,ukraine,note
            2026,4.8%,0.5,0.1,"PLN 200 bn, about 4.8%"
            """, "plans/pol.csv");

        Assert.Equal("POL", plan.Ally.Code.Value);
        Assert.Equal("Poland, 2026 budget", plan.Title);
        Assert.Equal(new DateOnly(2025, 8, 28), plan.Published);
        Assert.Equal("https://example.org/poland", plan.Source!.ToString());
        Assert.Equal(PlanBasis.National, plan.Basis);
        var y = Assert.Single(plan.Years);
        Assert.Equal((4.8m, 0.5m, 0.1m, "PLN 200 bn, about 4.8%"), (y.CoreShare!.Value.Percent, y.RelatedShare!.Value.Percent, y.Ukraine!.Value, y.Note));
    }

    [Fact]
    public void ABrokenCsvListsEveryProblemWithFileAndLine()
    {
        var problems = CsvProblems("""
            # ally: XYZ
            year,core_share,note
            2026,n/a,
            2027,2.8,
            2027,2.9,
            1999,2.5,
            2030,120,
            2031,3.0
            """);

        Assert.Equal(
        [
            "plans/deu.csv:1: the ally must be an ally's ISO3 code such as DEU, but was 'XYZ'; see 'natospend status' for the codes.",
            "plans/deu.csv:3: the core share for 2026 must be a number of percent of GDP such as 3.5, but was 'n/a'.",
            "plans/deu.csv:5: the core_share for 2027 is given twice (first in year entry 2); keep one figure per year and column, and a conflicting source in a plan of its own.",
            "plans/deu.csv:6: the year must be from 2000 to 2100, but was 1999.",
            "plans/deu.csv:7: the core share for 2030 must be a percent of GDP from 0 to 100, such as 3.5, but was 120.",
            "plans/deu.csv:8: the row has 2 field(s) but the header has 3 (year,core_share,note); give every column (empty for none) and quote any note that contains a comma.",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void AnEquipmentShareIsReadFromCsvAndJsonAndCheckedForRange()
    {
        var csv = PlanReader.ParseCsv("year,core_share,equipment_share\n2024,2.0,15\n2025,2.1,21.5%\n", "deu.csv", "deu.csv");
        var json = PlanReader.ParseJson(Encoding.UTF8.GetBytes("""{ "ally": "DEU", "years": [ { "year": 2024, "core_share": 2.0, "equipment_share": 15 } ] }"""), "deu.json");

        Assert.Equal([15m, 21.5m], csv.Years.Select(y => y.EquipmentShare));
        Assert.Equal(15m, json.Years[0].EquipmentShare);
        Assert.Equal(
        [
            "plans/deu.csv:2: the equipment share for 2024 must be a percent of defence spending from 0 to 100, such as 20, but was 120.",
            "plans/deu.csv:3: the equipment share for 2025 must be a number of percent of defence spending such as 20, but was 'a fifth'.",
        ], CsvProblems("year,core_share,equipment_share\n2024,2.0,120\n2025,2.1,a fifth\n").Select(p => p.ToString()));
    }

    [Fact]
    public void ACsvWithoutTheCoreColumnSaysWhatTheSmallestPlanNeeds()
    {
        var problem = Assert.Single(CsvProblems("# ally: DEU\nyear,note\n2026,x\n"));

        Assert.Equal("plans/deu.csv:2: the header lacks the column(s) core_share (or core_spending, or total_share); the smallest plan has the header year,core_share and one row per year.", problem.ToString());
    }

    [Fact]
    public void UnknownHeaderKeysColumnsAndBadHeaderValuesAreReported()
    {
        var problems = CsvProblems("""
            # ally: DEU
            # sorce: https://example.org
            # published: 24 June 2025
            # basis: federal
            # currency: USD
            year,core_share,core_shares
            2026,2.7,
            """);

        Assert.Equal(
        [
            "plans/deu.csv:2: 'sorce' is not a plan header key; use ally, title, published, source, basis, currency, revises (see data/plans/README.md).",
            "plans/deu.csv:3: the published date must be a date such as 2025-06-24 (or 2025-06, or 2025, when the source gives no day), but was '24 June 2025'.",
            "plans/deu.csv:4: the basis must be nato (NATO's definition) or national (a national one), but was 'federal'.",
            "plans/deu.csv:5: the currency must be EUR, Germany's national currency in NATO's tables, but was 'USD'; give spending in EUR (or leave currency out).",
            "plans/deu.csv:6: the column 'core_shares' is not a plan column; use year, core_share, core_spending, related_share, related_spending, total_share, ukraine, equipment_share, basis, source, date, grade, note (see data/plans/README.md).",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void RowsWithoutAFigureAndUkraineAboveCoreAreReportedButAShareWithAnAmountIsKept()
    {
        var problems = CsvProblems("year,core_share,core_spending,ukraine\n2026,2.7,120000,\n2027,,,\n2028,0.1,,0.2\n");

        Assert.Equal(
        [
            "plans/deu.csv:3: 2027 has no figure; give core_share, core_spending, related_share, related_spending or total_share.",
            "plans/deu.csv:4: the Ukraine contribution for 2028 (0.2) is above its core figure (0.1); it is the part of core given to Ukraine, in the same unit, never an addition.",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void APlanForIcelandOrWithoutAnyAllyIsRefused()
    {
        Assert.Equal(
            "plans/isl.csv:1: NATO publishes no defence expenditure for Iceland (no armed forces, no expenditure data), so a plan for ISL cannot be checked against NATO's figures; choose another ally.",
            Assert.Single(CsvProblems("# ally: ISL\nyear,core_share\n2026,0\n", "plans/isl.csv")).ToString());
        Assert.Equal(
            "plans/mine.csv:1: the plan names no ally; add the header '# ally: DEU' (JSON: \"ally\": \"DEU\") or name the file after the ally, such as deu.csv.",
            Assert.Single(CsvProblems("year,core_share\n2026,2\n", "plans/mine.csv")).ToString());
    }

    [Fact]
    public void ABrokenJsonPlanListsEveryProblemWithItsJsonPath()
    {
        var problems = JsonProblems("""
            {
              "ally": "NLD",
              "basis": "national",
              "sauce": "x",
              "years": [
                { "year": 2030, "core_share": "n/a" },
                { "year": 2030, "core_share": 3.1 },
                { "year": 2101, "core_share": 3.2 },
                { "year": 2033, "core_share": 120, "colour": "red" }
              ]
            }
            """);

        Assert.Equal(
        [
            "plans/nld.json at $.sauce: 'sauce' is not a member of a plan; use ally, title, published, source, basis, currency, revises and years (see data/plans/README.md).",
            "plans/nld.json at $.years[0].core_share: the core share for 2030 must be a number of percent of GDP such as 3.5, but was \"n/a\".",
            "plans/nld.json at $.years[3].colour: 'colour' is not a plan column; use year, core_share, core_spending, related_share, related_spending, total_share, ukraine, equipment_share, basis, source, date, grade, note.",
            "plans/nld.json at $.years[2].year: the year must be from 2000 to 2100, but was 2101.",
            "plans/nld.json at $.years[3].core_share: the core share for 2033 must be a percent of GDP from 0 to 100, such as 3.5, but was 120.",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void InvalidJsonSyntaxNamesTheLine()
    {
        var problem = Assert.Single(JsonProblems("{\n  \"ally\": \"NLD\",\n  \"years\": [ { \"year\": 2030 \n}"));

        Assert.StartsWith("plans/nld.json:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("the file is not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void TheTemplateReadsBackAsTheSamePlan(string format)
    {
        var definition = PlanTemplate.Linear(PathFixtures.Projection("POL"), PathFixtures.Share("POL", 2026), PathFixtures.Rules("hague-draft-2032"), "2026");
        var writer = new StringWriter();
        if (format == "csv")
        {
            PlanWriter.WriteCsv(writer, definition);
        }
        else
        {
            PlanWriter.WriteJson(writer, definition);
        }

        var plan = format == "csv"
            ? PlanReader.ParseCsv(writer.ToString(), "pol.csv")
            : PlanReader.ParseJson(Encoding.UTF8.GetBytes(writer.ToString()), "pol.json");

        Assert.Equal(definition.Years.Select(y => (y.Year!.Value, y.CoreShare!.Value)), plan.Years.Select(y => (y.Year, y.CoreShare!.Value.Percent)));
        Assert.Equal(definition.Title, plan.Title);
        Assert.Equal("POL", plan.Ally.Code.Value);
    }
}
