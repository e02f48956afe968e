using System.Globalization;
using System.Text;
using CsCheck;
using NatoSpend.Data.Files;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Tests.Plans;

/// <summary>The CSV and JSON readers side by side: each supplies its own format's fields to the one reader of a plan year.</summary>
public class PlanReaderFormatsTests
{
    private static PlanDefinition Json(string text) => PlanReader.ParseJsonDefinition(Encoding.UTF8.GetBytes(text), "plans/nld.json", "nld.json");

    private static DataProblem JsonProblem(string text) =>
        Assert.Single(Assert.Throws<DataFileException>(() => PlanReader.ParseJson(Encoding.UTF8.GetBytes(text), "plans/nld.json", "nld.json")).Problems);

    [Fact]
    public void JsonTextWithQuotesAndCommasIsReadVerbatim()
    {
        const string rowSource = "https://example.org/search?q=\"defence, 2026\"";
        const string note = "\"PLN 200 bn\", about 4.8%";
        var definition = Json("""
            {
              "ally": "POL",
              "title": "Poland, \"Plan 2030\": 4.8%",
              "years": [ { "year": 2026, "core_share": 4.8, "source": "https://example.org/search?q=\"defence, 2026\"", "note": "\"PLN 200 bn\", about 4.8%" } ]
            }
            """);

        var year = Assert.Single(definition.Years);
        Assert.Equal("Poland, \"Plan 2030\": 4.8%", definition.Title);
        Assert.Equal(rowSource, year.Source!.OriginalString);
        Assert.Equal(note, year.Note);
    }

    [Fact]
    public void AJsonTextColumnKeepsTheQuotesAtItsEnds()
    {
        // The quotes belong to the value; a grade written "\"A\"" is not the grade A.
        var problem = JsonProblem("""{ "years": [ { "year": 2030, "core_share": 3.1, "grade": "\"A\"" } ] }""");

        Assert.Equal("plans/nld.json at $.years[0].grade: the grade for 2030 must be A (official), B (reputable press) or C (secondary), but was '\"A\"'.", problem.ToString());
    }

    [Fact]
    public void AJsonNumberIsReadExactlyAsADecimalWithItsDigits()
    {
        var year = Assert.Single(Json("""
            { "years": [ { "year": 2030, "core_share": 3.1415926535897932384626433832, "core_spending": 152800.123456789012345678901, "equipment_share": 20.50 } ] }
            """).Years);

        Assert.Equal(3.1415926535897932384626433832m, year.CoreShare);
        Assert.Equal(152800.123456789012345678901m, year.CoreSpending);
        // A detour through double would drop the trailing zero and the digits beyond its seventeenth.
        Assert.Equal("20.50", year.EquipmentShare!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"3,5\"")]
    [InlineData("\"3.5\"")]
    [InlineData("\"3.5%\"")]
    public void AJsonFigureWrittenAsAStringIsRefused(string written)
    {
        var problem = JsonProblem($$"""{ "years": [ { "year": 2030, "core_share": {{written}} } ] }""");

        Assert.Equal($"plans/nld.json at $.years[0].core_share: the core share for 2030 must be a number of percent of GDP such as 3.5, but was {written}.", problem.ToString());
    }

    [Theory]
    [InlineData("-5", "'-5'")]
    [InlineData("2029.0", "'2029.0'")]
    [InlineData("\"2029\"", "\"2029\"")]
    public void AJsonYearMustBeAWholeNumberAsInCsv(string written, string shown)
    {
        var problem = JsonProblem($$"""{ "years": [ { "year": {{written}}, "core_share": 3.1 } ] }""");

        Assert.Equal($"plans/nld.json at $.years[0].year: the year must be a whole number such as 2029, but was {shown}.", problem.ToString());
    }

    [Fact]
    public void TheSamePlanAsCsvAndAsJsonGivesTheSameYearEntries()
    {
        var csv = PlanReader.ParseCsvDefinition("""
            # ally: POL
            # title: Poland, "Plan 2030"
            # basis: national
            year,core_share,core_spending,related_share,total_share,ukraine,equipment_share,basis,source,date,grade,note
            2026,4.8%,200000,0.5,5.3,0.1,21.5,nato,https://example.org/a?q=1,2025-08,b,"PLN 200 bn, ""about"" 4.8%"
            2027,4.9,,,,,,,,,,
            """, "plans/pol.csv");
        var json = PlanReader.ParseJsonDefinition(Encoding.UTF8.GetBytes("""
            {
              "ally": "POL", "title": "Poland, \"Plan 2030\"", "basis": "national",
              "years": [
                { "year": 2026, "core_share": 4.8, "core_spending": 200000, "related_share": 0.5, "total_share": 5.3, "ukraine": 0.1, "equipment_share": 21.5,
                  "basis": "nato", "source": "https://example.org/a?q=1", "date": "2025-08", "grade": "b", "note": "PLN 200 bn, \"about\" 4.8%" },
                { "year": 2027, "core_share": 4.9 }
              ]
            }
            """), "plans/pol.json");

        Assert.Equal((csv.Ally, csv.Title, csv.Basis, csv.Source, csv.Published, csv.Currency), (json.Ally, json.Title, json.Basis, json.Source, json.Published, json.Currency));
        Assert.Equal(csv.Years, json.Years);
    }

    public static TheoryData<string> ShippedPlans()
    {
        var files = new TheoryData<string>();
        foreach (var file in PlanReader.ShippedFiles(TestData.Catalog.Folder))
        {
            files.Add(file);
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(ShippedPlans))]
    public void EveryShippedPlanWrittenInTheOtherFormatReadsAsTheSamePlan(string file)
    {
        var path = TestData.Catalog.Folder.PathOf(file);
        var name = Path.GetFileName(file);
        var isJson = name.EndsWith(".json", StringComparison.Ordinal);
        var definition = isJson
            ? PlanReader.ParseJsonDefinition(File.ReadAllBytes(path), file, name)
            : PlanReader.ParseCsvDefinition(File.ReadAllText(path), file, name);
        var other = new StringWriter(CultureInfo.InvariantCulture);
        if (isJson)
        {
            PlanWriter.WriteCsv(other, definition);
        }
        else
        {
            PlanWriter.WriteJson(other, definition);
        }

        var reread = isJson
            ? PlanReader.ParseCsv(other.ToString(), "other.csv")
            : PlanReader.ParseJson(Encoding.UTF8.GetBytes(other.ToString()), "other.json");

        AssertSamePlan(PlanReader.ReadFile(path, file), reread);
    }

    private static readonly string[] Titles = ["Poland, \"Plan 2030\"", "Plan: 3.5% by 2030", "plain"];
    private static readonly string[] Sources = ["https://example.org/q?a=\"x\"&b=1", "https://example.org/plan,2026", "https://example.org/"];
    private static readonly string[] Notes = ["he said \"3.5%\", then left", "\"quoted at both ends\"", "a, b, c", "# not a comment"];
    private static readonly string?[] Dates = ["2025-06-24", "2025-06", "2025", null];
    private static readonly string?[] Grades = ["A", "B", "C", null];

    // A decimal with up to 28 decimals and its trailing zeros, which a reader through double would lose.
    private static readonly Gen<decimal> Digits =
        Gen.Select(Gen.Int, Gen.Int, Gen.Byte[0, 28]).Select(t => new decimal(t.Item1, t.Item2, 0, false, t.Item3));

    private static readonly Gen<PlanRowDefinition> Row =
        Gen.Select(Gen.Int[0, 99], Digits, Gen.Bool, Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3]).Select(t =>
        {
            var (whole, digits, withSpending, text, dated, basis) = t;
            return new PlanRowDefinition
            {
                // The fraction keeps at most 20 decimals, so the share fits a decimal's digits whole.
                CoreShare = whole + decimal.Round(digits - decimal.Truncate(digits), 20),
                // Within the reader's bound on spending; the remainder keeps the decimals and their trailing zeros.
                CoreSpending = withSpending ? digits % PlanReader.LargestSpending : null,
                EquipmentShare = basis == 3 ? null : whole,
                Basis = basis switch { 0 => PlanBasis.Nato, 1 => PlanBasis.National, _ => null },
                Source = text == 3 ? null : new Uri(Sources[text % Sources.Length]),
                Date = Dates[dated],
                Grade = Grades[(dated + text) % Grades.Length],
                Note = Notes[text],
            };
        });

    [Fact]
    public void RandomPlansWrittenAsCsvAndAsJsonReadBackAsTheirEntries()
    {
        Gen.Select(Gen.Int[Plan.MinYear, Plan.MaxYear - 8], Gen.Int[0, Titles.Length - 1], Row.Array[1, 8]).Sample(t =>
        {
            var (first, title, rows) = t;
            var definition = new PlanDefinition { Ally = "POL", Title = Titles[title], Years = [.. rows.Select((r, i) => r with { Year = first + i })] };
            var csv = new StringWriter(CultureInfo.InvariantCulture);
            var json = new StringWriter(CultureInfo.InvariantCulture);
            PlanWriter.WriteCsv(csv, definition);
            PlanWriter.WriteJson(json, definition);

            var fromCsv = PlanReader.ParseCsvDefinition(csv.ToString(), "pol.csv");
            var fromJson = PlanReader.ParseJsonDefinition(Encoding.UTF8.GetBytes(json.ToString()), "pol.json");

            Assert.Equal(definition.Title, fromCsv.Title);
            Assert.Equal(definition.Title, fromJson.Title);
            Assert.Equal(definition.Years.Select(Render), fromCsv.Years.Select(Render));
            Assert.Equal(definition.Years.Select(Render), fromJson.Years.Select(Render));
        });
    }

    // Every member as text, so that a decimal's digits and trailing zeros are compared too, not only its value.
    private static string Render(PlanRowDefinition r) => string.Join("|", new object?[]
    {
        r.Year, r.CoreShare, r.CoreSpending, r.RelatedShare, r.RelatedSpending, r.TotalShare, r.Ukraine, r.EquipmentShare,
        r.Basis, r.Source?.OriginalString, r.Date, r.Grade, r.Note,
    }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static void AssertSamePlan(Plan expected, Plan actual)
    {
        Assert.Equal(
            (expected.Ally.Code, expected.Title, expected.Published, expected.Announced, expected.Source, expected.Basis, expected.BasisStated, expected.Revises),
            (actual.Ally.Code, actual.Title, actual.Published, actual.Announced, actual.Source, actual.Basis, actual.BasisStated, actual.Revises));
        Assert.Equal(expected.Years.Select(y => y with { Figures = null }), actual.Years.Select(y => y with { Figures = null }));
        Assert.Equal(expected.Years.SelectMany(y => y.Figures!), actual.Years.SelectMany(y => y.Figures!));
    }
}
