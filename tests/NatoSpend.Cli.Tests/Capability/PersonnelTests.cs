using System.Text.Json;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Capability;
using NatoSpend.Reporting.Editions;
using NatoSpend.Tests.Cli;

namespace NatoSpend.Tests.Capability;

public class PersonnelTests
{
    [Theory]
    [InlineData("DEU", 2026)]
    [InlineData("DEU", 2014)]
    [InlineData("POL", 2025)]
    [InlineData("FRA", 2024)]
    [InlineData("USA", 2020)]
    public void SpendingPerServiceMemberIsRecomputedFromNatoTables(string code, int year)
    {
        var data = TestData.Edition2026;
        var ally = AllyRegistry.Get(AllyCode.From(code));
        var table = PersonnelTable.Build(data, ally);
        var row = table.Rows.Single(r => (int)r[table.IndexOf("year")]! == year);

        var spending = data.Value(ally.Code, Metric.DefenceNatcurCurrent, year)!.Value * 1_000_000m;
        var share = data.Value(ally.Code, Metric.PersonnelShare, year)!.Value / 100m;
        var members = data.Value(ally.Code, Metric.MilitaryPersonnel, year)!.Value * 1000m;
        Assert.Equal(Math.Round(spending * share / members, 0), row[table.IndexOf("per_member_natcur")]);
        var usd2021 = data.Value(ally.Code, Metric.DefenceUsdConst2021, year)!.Value * 1_000_000m;
        Assert.Equal(Math.Round(usd2021 * share / members, 0), row[table.IndexOf("per_member_usd_2021")]);
        Assert.Equal(NatoSpend.Reporting.Provenance.Derived, Provenance(table, "per_member_natcur"));
    }

    [Fact]
    public void GermanyMemberCostIsAboutEur155kIn2026()
    {
        var cost = UnitCost.DerivedServiceMember(TestData.Edition2026, AllyRegistry.Get(AllyCode.From("DEU")), 2026)!;
        Assert.Equal(155_553m, cost.Value);
        Assert.True(cost.DerivedFromNato);
        Assert.Equal(2026, cost.PriceYear);
    }

    [Fact]
    public void MissingPersonnelShareFallsBackToTheLatestYearWithOne()
    {
        var cost = UnitCost.DerivedServiceMember(TestData.Edition2026, AllyRegistry.Get(AllyCode.From("NLD")), 2026)!;
        Assert.Equal(2025, cost.PriceYear);
    }

    [Fact]
    public void GermanySixtyThousandOnALinearRampAgainstTheLinearPath()
    {
        var result = CliRun.Run("personnel", "DEU", "--add", "60000", "--by", "2035", "--ramp", "linear", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(10, rows.Length);
        Assert.Equal(6667m, rows[0].GetProperty("added").GetDecimal());
        Assert.Equal(60000m, rows[8].GetProperty("added").GetDecimal());
        // 60,000 × EUR 155,553 = EUR 9,333 m at 2026 prices, re-priced to 2035 with the projected deflator.
        var cost2035 = rows[8].GetProperty("cost_natcur_m").GetDecimal();
        Assert.InRange(cost2035, 9_333m * 1.10m, 9_333m * 1.25m);
        var absorbedTotal = rows[9].GetProperty("absorbed_pct").GetDecimal();
        Assert.InRange(absorbedTotal, 20m, 27m);
        Assert.Equal("linear", json.RootElement.GetProperty("shape").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("assumptions").EnumerateArray());
        var unitCost = json.RootElement.GetProperty("unit_costs")[0];
        Assert.True(unitCost.GetProperty("derived_from_nato").GetBoolean());
        Assert.Equal(155553m, unitCost.GetProperty("value").GetDecimal());
    }

    [Fact]
    public void EuropeNeedIsSpreadByPopulationAndSumsToTheTotal()
    {
        var result = CliRun.Run("personnel", "--allies", "europe", "--add", "300000", "--key", "population", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(29, rows.Length);
        Assert.InRange(rows.Sum(r => r.GetProperty("added").GetDecimal()), 299_990m, 300_010m);
        var germany = rows.Single(r => r.GetProperty("ally").GetString() == "DEU");
        Assert.InRange(germany.GetProperty("weight_pct").GetDecimal(), 12m, 16m);
    }

    [Fact]
    public void UserUnitCostsReplaceTheDerivedDefault()
    {
        var file = Path.Combine(Path.GetTempPath(), $"natospend-costs-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            { "costs": [
              { "ally": "DEU", "item": "service_member_per_year", "value": 100000, "currency": "EUR", "priceYear": 2026, "source": "test", "date": "2026-01-01" },
              { "ally": "DEU", "item": "brigade_size", "value": 5000, "source": "test", "date": "2026-01-01" },
              { "ally": "DEU", "item": "brigade_equipment_one_off", "value": 1000000000, "currency": "EUR", "priceYear": 2026, "source": "test", "date": "2026-01-01" }
            ] }
            """);
        var result = CliRun.Run("personnel", "DEU", "--add", "10000", "--ramp", "immediate", "--by", "2028", "--unit-costs", file, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        // 2027: 10,000 × 100,000 + 2 brigades' equipment of EUR 1 bn, re-priced by the deflator from 2026 to 2027.
        var cost2027 = rows[0].GetProperty("cost_natcur_m").GetDecimal();
        Assert.InRange(cost2027, 3000m, 3000m * 1.05m);
        var cost2028 = rows[1].GetProperty("cost_natcur_m").GetDecimal();
        Assert.InRange(cost2028, 1000m, 1000m * 1.08m);
    }

    [Theory]
    [InlineData(new[] { "personnel", "DEU", "--add", "-5" }, "natospend: The number -5 given to --add must be from 1 to 5,000,000; give how many service members to add, such as 60000.")]
    [InlineData(new[] { "personnel", "DEU", "--add", "1e12" }, "natospend: The number '1e12' given to --add is not a number; give how many service members to add, such as 60000.")]
    [InlineData(new[] { "personnel", "DEU", "--add", "900000000" }, "natospend: The number 900,000,000 given to --add must be from 1 to 5,000,000; give how many service members to add, such as 60000.")]
    [InlineData(new[] { "personnel", "--allies", "europe", "--add", "300000", "--key", "wealth" }, "natospend: The key 'wealth' is not one NatoSpend spreads by; use population, gdp or personnel.")]
    [InlineData(new[] { "personnel", "DEU", "--add", "100", "--ramp", "sudden" }, "natospend: The ramp 'sudden' is not one NatoSpend knows; use linear or immediate.")]
    [InlineData(new[] { "personnel", "DEU", "--allies", "all" }, "natospend: Name one ally ('DEU') or --allies 'all', not both.")]
    [InlineData(new[] { "personnel", "DEU", "--unit-costs", "nope.json" }, "natospend: Only an addition of service members uses --unit-costs; give --add with it, such as --add 60000, or leave --unit-costs out.")]
    [InlineData(new[] { "personnel", "DEU", "--ramp", "sudden" }, "natospend: Only an addition of service members uses --ramp; give --add with it, such as --add 60000, or leave --ramp out.")]
    [InlineData(new[] { "personnel" }, "natospend: Name an ally, such as 'natospend personnel DEU', or give --add with --allies to spread a need.")]
    public void BadInput_GetsOneSentence(string[] args, string message)
    {
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
    }

    [Fact]
    public void BrokenUnitCostFile_ListsEveryProblemWithItsJsonPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"natospend-costs-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            { "costs": [
              { "ally": "XYZ", "item": "service_member_per_year", "value": 100000, "currency": "EUR", "priceYear": 2026, "source": "s", "date": "2026-01-01" },
              { "ally": "DEU", "item": "tank", "value": -1, "currency": "EUR", "priceYear": 2026, "source": "s", "date": "yesterday" }
            ] }
            """);
        var result = CliRun.Run("personnel", "DEU", "--add", "100", "--unit-costs", file);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Trim().Split('\n');
        Assert.Contains(lines, l => l.EndsWith("at $.costs[0].ally: the ally 'XYZ' is not an ally code; use an ISO3 code such as DEU.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("at $.costs[1].item: the item 'tank' is not one NatoSpend knows", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("at $.costs[1].value: the value must be a number above 0, but was -1.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("at $.costs[1].date: the date must be written like 2025-06-24, but was 'yesterday'.", StringComparison.Ordinal));
        Assert.Empty(result.Output);
    }

    private static NatoSpend.Reporting.Provenance Provenance(NatoSpend.Reporting.ReportTable table, string key) => table.Columns[table.IndexOf(key)].Provenance;
}
