using System.Globalization;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Plans;
using nietras.SeparatedValues;

namespace NatoSpend.Tests.Plans;

/// <summary>The shipped plans against the table of announced figures they come from (data/plans/sources/announced_paths.csv).</summary>
public class AnnouncedPlansTests
{
    private sealed record Announced(int Line, string Ally, int Year, decimal Value, string Unit, string Ledger, string Date, string Url, string Grade);

    private static readonly Lazy<Announced[]> Table = new(() =>
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(TestData.Catalog.Folder.PathOf("plans/sources/announced_paths.csv"));
        return [.. reader.Enumerate(r => new Announced(r.LineNumberFrom, r["ally"].ToString(), r["year"].Parse<int>(),
            decimal.Parse(r["value"].ToString(), CultureInfo.InvariantCulture), r["unit"].ToString(), r["ledger"].ToString(),
            r["announced_on"].ToString(), r["source_url"].ToString(), r["grade"].ToString()))];
    });

    private static readonly Lazy<(string File, Plan Plan)[]> Plans = new(() =>
        [.. PlanReader.ShippedFiles(TestData.Catalog.Folder).Select(f => (Path.GetFileName(f), PlanReader.ReadFile(TestData.Catalog.Folder.PathOf(f), f)))]);

    // The rows that are components of a total no source gives (data/plans/sources/README.md).
    private static readonly (string Ally, int Year, decimal Value)[] LeftOut = [("DEU", 2025, 24060m), ("DEU", 2026, 25510m), ("DEU", 2026, 25500m), ("DEU", 2027, 27500m)];

    private static bool Matches(Announced a, string ally, int year, PlanFigure f) =>
        a.Ally == ally && a.Year == year && a.Value == f.Value && a.Url == f.Source?.ToString() && a.Grade == f.Grade && a.Date == (f.Date ?? "")
        && (f.Column, a.Unit, a.Ledger) switch
        {
            ("core_share", "pct_gdp_nato", "core") => f.Basis == PlanBasis.Nato,
            ("core_share", "pct_gdp_national", "core") => f.Basis == PlanBasis.National,
            ("related_share", "pct_gdp_nato", "related") => f.Basis == PlanBasis.Nato,
            ("total_share", "pct_gdp_nato", "total") => f.Basis == PlanBasis.Nato,
            ("core_spending", "natcur_m_nominal", "core") => true,
            _ => false,
        };

    [Fact]
    public void EveryFigureOfEveryShippedPlanIsARowOfTheAnnouncedTableWithItsSourceDateAndGrade()
    {
        var used = new List<int>();
        foreach (var (file, plan) in Plans.Value)
        {
            foreach (var year in plan.Years)
            {
                Assert.NotNull(year.Figures);
                Assert.NotEmpty(year.Figures!);
                foreach (var figure in year.Figures!)
                {
                    var rows = Table.Value.Where(a => Matches(a, plan.Ally.Code.Value, year.Year, figure)).ToArray();
                    Assert.True(rows.Length == 1, FormattableString.Invariant($"{file}: {year.Year} {figure.Column} {figure.Value} ({figure.Source}, {figure.Date}, {figure.Grade}) matches {rows.Length} rows of announced_paths.csv, not one."));
                    Assert.Matches("^[ABC]$", figure.Grade);
                    Assert.StartsWith("http", figure.Source!.Scheme, StringComparison.Ordinal);
                    used.Add(rows[0].Line);
                }
            }
        }
        Assert.Equal(used.Count, used.Distinct().Count());
        var unused = Table.Value.Where(a => !used.Contains(a.Line)).Select(a => (a.Ally, a.Year, a.Value)).ToArray();
        Assert.Equal(LeftOut.Order(), unused.Order());
    }

    [Fact]
    public void AtLeastTwentyAlliesHaveAShippedPlan()
    {
        var allies = Plans.Value.Select(p => p.Plan.Ally.Code.Value).Distinct().ToArray();

        Assert.True(allies.Length >= 20, $"only {allies.Length} allies have a plan");
        Assert.Equal(Table.Value.Select(a => a.Ally).Distinct().Order(), allies.Order());
    }

    [Fact]
    public void EveryRevisedPlanIsShippedAndEarlier()
    {
        var byFile = Plans.Value.ToDictionary(p => p.File, p => p.Plan);
        foreach (var (file, plan) in Plans.Value.Where(p => p.Plan.Revises is not null))
        {
            Assert.True(byFile.TryGetValue(plan.Revises!, out var earlier), $"{file} revises {plan.Revises}, which is not shipped");
            Assert.Equal(plan.Ally.Code, earlier!.Ally.Code);
            // Dates are as precise as the sources give them (2025-06-24, 2025-02, 2025), so only the years are compared.
            Assert.True(string.CompareOrdinal(earlier.Announced![..4], plan.Announced![..4]) <= 0, $"{file} ({plan.Announced}) revises a later plan {plan.Revises} ({earlier.Announced})");
        }
    }
}
