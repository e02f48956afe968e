using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Rules;
using NatoSpend.Tests.Paths;

namespace NatoSpend.Tests.Plans;

/// <summary>Plans built in code, checked against the shipped 2026 edition and WEO.</summary>
public static class PlanFixtures
{
    private static readonly Dictionary<string, PlanEconomy> Economies = [];
    private static readonly Lock Gate = new();

    /// <summary>An ally's economy to 2060, built once per ally.</summary>
    public static PlanEconomy Economy(string code)
    {
        lock (Gate)
        {
            if (!Economies.TryGetValue(code, out var economy))
            {
                economy = PlanEconomy.Build(TestData.Edition2026, PathFixtures.Ally(code), PathFixtures.Weo, 2060, ProjectionOptions.Default);
                Economies[code] = economy;
            }
            return economy;
        }
    }

    /// <summary>A plan of core shares, year by year, on NATO's basis.</summary>
    public static Plan Shares(string code, params (int Year, decimal Share)[] years) => Plan.Create(new PlanDefinition
    {
        Ally = code,
        Title = "Test plan",
        Basis = PlanBasis.Nato,
        Years = [.. years.Select(y => new PlanRowDefinition { Year = y.Year, CoreShare = y.Share })],
    });

    /// <summary>A plan of shares for consecutive years from <paramref name="first"/>.</summary>
    public static Plan Consecutive(string code, int first, params decimal[] shares) =>
        Shares(code, [.. shares.Select((s, i) => (first + i, s))]);

    public static PlanCheck Check(Plan plan, string rules = "hague-2025") =>
        PlanChecker.Check(plan, PathFixtures.Rules(rules), Economy(plan.Ally.Code.Value));

    public static PlanCheck Check(Plan plan, RuleSet rules) => PlanChecker.Check(plan, rules, Economy(plan.Ally.Code.Value));

    public static CheckResult Result(PlanCheck check, string name) => check.Checks.Single(c => c.Name == name);

    /// <summary>The path to a shipped plan file, in the build output's data folder.</summary>
    public static string ShippedPlan(string file) => TestData.Catalog.Folder.PathOf(Path.Combine("plans", file));
}
