using System.Globalization;
using System.Text.Json;
using NatoSpend.Data.Ukraine;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Ukraine;
using NatoSpend.Tests.Cli;
using nietras.SeparatedValues;

namespace NatoSpend.Tests.Ukraine;

public class UkraineLedgerTests
{
    private static readonly Lazy<UkraineLedger> Ledger = new(() => KielReader.Read(TestData.Catalog.Folder));

    [Fact]
    public void MonthlyAllocationsSumToKielsOwnYearlyTotals()
    {
        var file = TestData.Catalog.Folder.PathOf("ukraine/kiel_ust_release29_by_year_derived.csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file);
        var checkedRows = 0;
        foreach (var row in reader)
        {
            if (row["metric"].ToString() != "military_allocations" || !AllyCode.TryParse(row["donor_iso3"].ToString(), null, out var code) || AllyRegistry.Find(code) is null)
            {
                continue;
            }
            var year = row["year"].Parse<int>();
            var expected = decimal.Parse(row["value"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.Equal(expected, Ledger.Value.MilitaryEurBn(code, year));
            checkedRows++;
        }
        Assert.True(checkedRows > 100, $"only {checkedRows} rows were checked");
    }

    [Theory]
    [InlineData(2022, 37.75)]
    [InlineData(2023, 46.32)]
    [InlineData(2024, 41.61)]
    [InlineData(2025, 37.24)]
    [InlineData(2026, 10.07)]
    public void AllDonorsMatchKielsPublishedYearlyTotals(int year, double expectedEurBn) =>
        Assert.Equal((decimal)expectedEurBn, Math.Round(Ledger.Value.AllDonorsMilitaryEurBn(year), 2));

    [Fact]
    public void GermanyAllocatedNineBillionInMilitaryAidIn2025()
    {
        Assert.Equal(9.013513m, Ledger.Value.MilitaryEurBn(AllyCode.From("DEU"), 2025));
        Assert.Equal(new DateOnly(2026, 4, 1), Ledger.Value.DataThrough);
        Assert.False(Ledger.Value.IsComplete(2026));
        Assert.Equal(4, Ledger.Value.MonthsCovered(2026));
    }

    [Fact]
    public void AlliesKielDoesNotTrackAreUnknownNeverZero()
    {
        foreach (var code in new[] { "ALB", "MNE", "MKD" })
        {
            Assert.Null(Ledger.Value.MilitaryEurBn(AllyCode.From(code), 2025));
        }
        Assert.Equal(0m, Ledger.Value.MilitaryEurBn(AllyCode.From("HUN"), 2025));
    }

    [Fact]
    public void UkraineCommandShowsTableAndJsonWithUntrackedAlliesMarked()
    {
        var table = CliRun.Run("ukraine", "--year", "2025");
        Assert.Equal(0, table.ExitCode);
        Assert.Matches(@"DEU\s+Germany\s+2025\s+yes\s+9,014\s+EUR\s+9,014\s+0\.20\d", table.Output);
        Assert.Contains("Albania (ALB): not tracked by the Kiel Institute; its aid is unknown here, never zero.", table.Output, StringComparison.Ordinal);
        Assert.Contains("never added on top", table.Output, StringComparison.Ordinal);

        var json = CliRun.Run("ukraine", "--year", "2025", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Output);
        var allies = doc.RootElement.GetProperty("allies").EnumerateArray().ToArray();
        Assert.Equal(32, allies.Length);
        var albania = allies.Single(a => a.GetProperty("ally").GetString() == "ALB");
        Assert.False(albania.GetProperty("tracked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, albania.GetProperty("military_aid_eur_m").ValueKind);
        var germany = allies.Single(a => a.GetProperty("ally").GetString() == "DEU");
        Assert.Equal(9013.513m, germany.GetProperty("military_aid_eur_m").GetDecimal());
        Assert.Equal(483.0m, Math.Round(doc.RootElement.GetProperty("totals").GetProperty("united_states_eur_m").GetDecimal(), 0));
    }

    [Fact]
    public void StatusWithUkraineAddsTheAidAndTheWithoutAidLens()
    {
        var result = CliRun.Run("status", "--year", "2025", "--ukraine", "--allies", "DEU,ALB", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        var allies = doc.RootElement.GetProperty("allies").EnumerateArray().ToDictionary(a => a.GetProperty("ally").GetString()!);
        var germany = allies["DEU"];
        Assert.Equal(9013.513m, germany.GetProperty("military_aid_eur_m").GetDecimal());
        var without = germany.GetProperty("share_without_aid").GetDecimal();
        Assert.Equal(Math.Round(2.22m - germany.GetProperty("aid_pct_gdp").GetDecimal(), 2), without);
        Assert.Equal(JsonValueKind.Null, allies["ALB"].GetProperty("military_aid_eur_m").ValueKind);
        var columns = doc.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        Assert.Equal("derived", columns["share_without_aid"].GetProperty("provenance").GetString());
        Assert.Contains(doc.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("never added on top", StringComparison.Ordinal));
    }

    [Fact]
    public void PartialYearIsMarked()
    {
        var result = CliRun.Run("ukraine", "--year", "2026", "--allies", "DEU", "--format", "json");
        using var doc = JsonDocument.Parse(result.Output);
        Assert.False(doc.RootElement.GetProperty("complete_year").GetBoolean());
        Assert.Equal(4, doc.RootElement.GetProperty("months").GetInt32());
        Assert.Equal("Jan-Apr", doc.RootElement.GetProperty("partial_year").GetString());
        Assert.Equal("Jan-Apr", doc.RootElement.GetProperty("months_covered").GetString());
        Assert.Equal(PartialNote, doc.RootElement.GetProperty("partial_year_note").GetString());
        Assert.Equal("Jan-Apr", doc.RootElement.GetProperty("allies")[0].GetProperty("aid_months").GetString());
        var columns = doc.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        Assert.Equal("Military aid Jan-Apr (EUR m)", columns["military_aid_eur_m"].GetProperty("title").GetString());
        Assert.Equal("Without Jan-Apr aid % (est.)", columns["share_without_aid"].GetProperty("title").GetString());
        Assert.EndsWith("; Jan-Apr 2026 only", columns["aid_pct_gdp"].GetProperty("unit").GetString(), StringComparison.Ordinal);
    }

    private const string PartialNote = "Kiel's 2026 figures cover January to April 2026 (Release 29, data through 2026-04): every 2026 aid figure, its shares of GDP and of core spending, and the share without aid are for those months only, not the whole year.";

    [Fact]
    public void AWholeYearCarriesNoPartialMark()
    {
        var result = CliRun.Run("ukraine", "--year", "2025", "--allies", "DEU", "--format", "json");
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("partial_year").ValueKind);
        Assert.Equal("Jan-Dec", doc.RootElement.GetProperty("months_covered").GetString());
        Assert.Equal("Jan-Dec", doc.RootElement.GetProperty("allies")[0].GetProperty("aid_months").GetString());
        Assert.DoesNotContain(doc.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("for those months only", StringComparison.Ordinal));
        Assert.Equal("Military aid (EUR m)", doc.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "military_aid_eur_m").GetProperty("title").GetString());
    }

    [Fact]
    public void UkraineTableFor2026SaysItsMonthsInTheTitleHeadingsAndNotes()
    {
        var result = CliRun.Run("ukraine", "--year", "2026", "--allies", "DEU");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Military aid to Ukraine 2026 (Jan-Apr), Kiel Release 29", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Military aid Jan-Apr\s", result.Output);
        Assert.Contains(PartialNote, Unwrapped(result.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void StatusWithUkraineMarksThe2026AidAndTheWithoutAidShareAsJanuaryToApril()
    {
        var table = CliRun.Run("status", "--ukraine", "--allies", "DEU", "--year", "2026");

        Assert.Equal(0, table.ExitCode);
        // The headings wrap in a narrow terminal; each of the three aid headings says its months.
        var header = table.Output[..table.Output.IndexOf('─', StringComparison.Ordinal)];
        Assert.Equal(3, header.Split("Jan-Apr").Length - 1);
        Assert.Matches(@"DEU\s+Germany\s+2\.69.*4,200\s+0\.091\s+2\.60\s+Jan-Apr", table.Output);
        Assert.Contains(PartialNote, Unwrapped(table.Output), StringComparison.Ordinal);

        var json = CliRun.Run("status", "--ukraine", "--allies", "DEU", "--year", "2026", "--format", "json");
        using var doc = JsonDocument.Parse(json.Output);
        var germany = doc.RootElement.GetProperty("allies")[0];
        Assert.Equal(2.60m, germany.GetProperty("share_without_aid").GetDecimal());
        Assert.Equal("Jan-Apr", germany.GetProperty("aid_months").GetString());
        var columns = doc.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!);
        Assert.Equal("Without Jan-Apr aid % (est.)", columns["share_without_aid"].GetProperty("title").GetString());
        Assert.Equal("Military aid Jan-Apr (EUR m)", columns["military_aid_eur_m"].GetProperty("title").GetString());
        Assert.Contains(doc.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString() == PartialNote);
    }

    [Fact]
    public void TheWorkbookOfStatusWithUkraineSaysTheMonthsInItsHeadingsAndSources()
    {
        var folder = Directory.CreateTempSubdirectory("natospend-ukraine-").FullName;
        try
        {
            var path = Path.Combine(folder, "status.xlsx");
            Assert.Equal(0, CliRun.Run("status", "--ukraine", "--allies", "DEU", "--year", "2026", "--format", "xlsx", "--out", path).ExitCode);
            using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
            var text = string.Join("\n", doc.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.InnerText));
            Assert.Contains("Without Jan-Apr aid % (est.)", text, StringComparison.Ordinal);
            Assert.Contains(PartialNote, text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheMonthsComeFromTheMonthlyFile()
    {
        var ledger = new UkraineLedger("Release 30", new DateOnly(2026, 7, 1), [new KielMonth("DEU", 2026, 7, 1m, null)]);

        Assert.Equal("Jan-Jul", ledger.MonthsLabel(2026));
        Assert.Equal("2026 (Jan-Jul)", ledger.YearLabel(2026));
        Assert.Equal("2025", ledger.YearLabel(2025));
        Assert.StartsWith("Kiel's 2026 figures cover January to July 2026 (Release 30, data through 2026-07)", ledger.PartialYearNote(2026), StringComparison.Ordinal);
        Assert.Null(new UkraineLedger("Release 31", new DateOnly(2026, 12, 1), []).PartialYearNote(2026));
    }

    // The test console wraps long notes at its width; the sentence is checked as one line.
    private static string Unwrapped(string output) => output.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);

    [Theory]
    [InlineData(new[] { "ukraine", "--year", "2021" }, "natospend: The Ukraine Support Tracker (Release 29) covers 2022 to 2026 (data through 2026-04), not 2021; choose a year in that range.")]
    [InlineData(new[] { "ukraine", "--allies", "RUS" }, "natospend: 'RUS' is not an ally code or group; use an ISO3 code such as DEU or POL (a comma-separated list is fine) or one of the groups all, europe-canada, europe, eu.")]
    public void BadInput_GetsAClearError(string[] args, string message)
    {
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
    }
}

public class UkrainePlanCrossCheckTests
{
    [Fact]
    public void APlanCountingMoreThanKielRecordedGetsAWarningButKeepsItsVerdict()
    {
        var file = Path.Combine(Path.GetTempPath(), $"natospend-ukraine-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, """
            # ally: DEU
            # title: test plan with Ukraine contributions
            # basis: national
            year,core_share,ukraine,note
            2025,2.4,0.5,more than Kiel recorded
            2026,2.7,0.05,less than Kiel recorded
            """);

        var result = CliRun.Run("check", file, "--format", "json");

        using var doc = JsonDocument.Parse(result.Output);
        var checks = doc.RootElement.GetProperty("ukraine_cross_check").EnumerateArray().ToArray();
        Assert.Equal(2, checks.Length);
        Assert.Equal(9013.513m, checks[0].GetProperty("kiel_eur_m").GetDecimal());
        Assert.StartsWith("2025: the plan counts EUR 22,388 m for Ukraine, more than the military aid the Kiel Institute recorded (EUR 9,014 m); check what the plan counts.",
            checks[0].GetProperty("warning").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, checks[1].GetProperty("warning").ValueKind);
        Assert.False(checks[1].GetProperty("kiel_complete_year").GetBoolean());
        Assert.Equal("Jan-Apr", checks[1].GetProperty("kiel_months").GetString());
        Assert.Equal("Jan-Dec", checks[0].GetProperty("kiel_months").GetString());
        Assert.Equal("incomplete", doc.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void APlanWithoutAUkraineColumnIsNotCrossChecked()
    {
        var result = CliRun.Run("check", Path.Combine(AppContext.BaseDirectory, "data", "plans", "deu-2025-06.csv"), "--format", "json");
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Empty(doc.RootElement.GetProperty("ukraine_cross_check").EnumerateArray());
    }
}
