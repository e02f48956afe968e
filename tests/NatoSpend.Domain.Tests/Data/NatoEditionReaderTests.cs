using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Tests.Data;

public class NatoEditionReaderTests
{
    [Fact]
    public void ShippedEditionsLoadWithEveryRow()
    {
        Assert.Equal(6273, CountObservations(TestData.Edition2026));
        Assert.Equal(2014, TestData.Edition2026.FirstYear);
        Assert.Equal(2026, TestData.Edition2026.LastYear);
        Assert.Equal(15, TestData.Edition2026.Metrics.Count);
        Assert.Equal(Definition.Old, TestData.Edition2025.Edition.Definition);
    }

    [Fact]
    public void EditionsAreListedNewestFirstWithProvenance()
    {
        var catalog = TestData.Catalog;
        Assert.Equal("2026", catalog.Newest.Id);
        Assert.Equal(["2026", "2025", "2024"], catalog.NatoEditions.Select(e => e.Id));
        Assert.Equal(new DateOnly(2026, 7, 3), catalog.Newest.CutOff);
    }

    [Fact]
    public void BrokenRows_AreAllReportedWithFileAndLine()
    {
        var folder = TestData.CopyOfShippedData();
        var file = Path.Combine(folder, "nato", "nato_defexp_2026_edition.csv");
        var lines = File.ReadAllLines(file);
        lines[1] = lines[1].Replace("ALB,2014", "XYZ,2014", StringComparison.Ordinal);
        lines[2] = lines[2].Replace(",18003,", ",n/a,", StringComparison.Ordinal);
        lines[3] = lines[3].Replace("ALB,2016,defence_exp_natcur_const2021", "ALB,2016,defence_budget", StringComparison.Ordinal);
        lines[4] = lines[4].Replace("ALB,2017", "ALB,1850", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var e = Assert.Throws<DataFileException>(() => DataCatalog.Open(DataFolder.Open(folder)).Load("2026"));

        Assert.Equal(
        [
            "nato/nato_defexp_2026_edition.csv:2: the ally 'XYZ' is not an ally code (ISO3, such as DEU) nor NATO_TOTAL or NATO_EUROPE_CANADA.",
            "nato/nato_defexp_2026_edition.csv:3: the value must be a number (invariant culture, such as 2.69), but was 'n/a'.",
            "nato/nato_defexp_2026_edition.csv:4: the metric 'defence_budget' is not one NatoSpend knows; use one of defence_exp_natcur_current, defence_exp_natcur_const2021, defence_exp_usd_current, defence_exp_usd_const2021, defence_exp_pct_gdp, defence_exp_real_change_pct, gdp_usd_current, gdp_usd_const2021, gdp_per_capita_const2021, defence_exp_per_capita_const2021, military_personnel, share_equipment_pct, share_personnel_pct, share_infrastructure_pct, share_other_pct.",
            "nato/nato_defexp_2026_edition.csv:5: the year must be a whole number from 1949 to 2100, but was '1850'.",
        ], e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void DuplicateRowsAndMixedDefinitions_AreRejected()
    {
        var folder = TestData.CopyOfShippedData();
        var file = Path.Combine(folder, "nato", "nato_defexp_2026_edition.csv");
        var lines = File.ReadAllLines(file).ToList();
        lines.Add(lines[1]);
        lines[2] = lines[2].Replace("core_defence_expenditure", "defence_expenditure", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var e = Assert.Throws<DataFileException>(() => DataCatalog.Open(DataFolder.Open(folder)).Load("2026"));

        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("for edition 2026, but was 'defence_expenditure'; editions are never mixed", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal($"ALB defence_exp_natcur_const2021 2014 is given twice (first at nato/nato_defexp_2026_edition.csv:2); keep one row per ally, metric and year.", e.Problems[1].Message);
    }

    [Fact]
    public void RegistryProblems_NameTheJsonPath()
    {
        var folder = TestData.CopyOfShippedData();
        var registry = Path.Combine(folder, "editions.json");
        File.WriteAllText(registry, File.ReadAllText(registry)
            .Replace("\"published\": \"2026-07-10\"", "\"published\": \"July 2026\"", StringComparison.Ordinal)
            .Replace("\"definition\": \"old\"", "\"definition\": \"older\"", StringComparison.Ordinal));

        var e = Assert.Throws<DataFileException>(() => DataCatalog.Open(DataFolder.Open(folder)));

        Assert.Contains(e.Problems, p => p.ToString() == "editions.json at $.editions[0].published: 'published' must be a date such as 2026-07-10, but was \"July 2026\".");
        Assert.Contains(e.Problems, p => p.JsonPath == "$.editions[1].definition");
    }

    private static int CountObservations(EditionData data) =>
        data.Metrics.Sum(m => data.Years.Sum(y => new[] { "NATO_TOTAL", "NATO_EUROPE_CANADA" }
            .Concat(NatoSpend.Domain.Allies.AllyRegistry.All.Select(a => a.Code.Value))
            .Count(entity => data.Find(entity, m, y) is not null)));
}
