using CsCheck;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Plans;
using NatoSpend.Tests.Paths;

namespace NatoSpend.Tests.Plans;

public class PlanPropertyTests
{
    private static readonly string[] Allies = ["DEU", "POL", "FRA", "GBR", "USA"];
    private static readonly string[] RuleIds = ["hague-2025", "hague-draft-2032", "spain-view", "vilnius-2023", "wales-2014"];

    private static readonly Gen<PlanRowDefinition> Row =
        Gen.Select(Gen.Int[2000, 2100], Gen.Int[0, 10_000], Gen.Bool, Gen.Int[0, 3], Gen.Int[0, 300], Gen.Int[0, 2]).Select(t =>
        {
            var (year, hundredths, inMoney, relatedKind, related, ukraineKind) = t;
            var share = hundredths / 100m;
            return new PlanRowDefinition
            {
                Year = year,
                CoreShare = inMoney ? null : share,
                CoreSpending = inMoney ? hundredths * 1_000m : null,
                RelatedShare = relatedKind == 1 ? related / 100m : null,
                RelatedSpending = relatedKind == 2 ? related * 1_000m : null,
                Ukraine = ukraineKind == 1 ? (inMoney ? hundredths * 100m : share / 10m) : null,
                Note = ukraineKind == 2 ? "a note, with a comma" : null,
            };
        });

    [Fact]
    public void RandomPlansNeverCrashTheCheckerAndTheVerdictFollowsTheChecks()
    {
        Gen.Select(Gen.Int[0, Allies.Length - 1], Gen.Int[0, RuleIds.Length - 1], Row.Array[1, 12]).Sample(t =>
        {
            var (allyIndex, rulesIndex, rows) = t;
            var definition = new PlanDefinition { Ally = Allies[allyIndex], Years = rows };
            if (Plan.Validate(definition).Count > 0)
            {
                // Invalid random plans (a year twice) are the reader's business; the checker only sees valid ones.
                return Assert.Throws<ArgumentException>(() => Plan.Create(definition)) is not null;
            }
            var check = PlanFixtures.Check(Plan.Create(definition), PathFixtures.Rules(RuleIds[rulesIndex]));

            var decisiveFail = check.Checks.Any(c => c.Weight == CheckWeight.Decisive && c.Outcome == CheckOutcome.Fail);
            var incomplete = check.Checks.Any(c => c.Undecided || (c.Weight == CheckWeight.Completeness && c.Outcome == CheckOutcome.Fail));
            var expected = decisiveFail ? VerdictKind.NotCredible : incomplete ? VerdictKind.Incomplete : VerdictKind.Credible;
            return check.Verdict.Kind == expected
                && (check.Fix is not null) == decisiveFail
                && check.Checks.Count == PlanChecker.CheckNames.Count
                && check.Years.Count == rows.Select(r => r.Year).Distinct().Count()
                && check.Checks.All(c => c.Message.Length > 0);
        }, iter: 400);
    }

    [Fact]
    public void TheSmallestFixMakesAFailingPlanPassItsDecisiveChecks()
    {
        var fixedOnes = 0;
        Gen.Select(Gen.Int[0, RuleIds.Length - 1], Gen.Int[-30, 30].Array[10], Gen.Int[0, 9]).Sample(t =>
        {
            var (rulesIndex, steps, dip) = t;
            var shares = new decimal[10];
            var s = 2.69m;
            for (var i = 0; i < 10; i++)
            {
                s = Math.Clamp(s + steps[i] / 100m, 0m, 100m);
                shares[i] = s;
            }
            var rules = PathFixtures.Rules(RuleIds[rulesIndex]);
            var check = PlanFixtures.Check(PlanFixtures.Consecutive("DEU", 2026, shares), rules);
            if (check.Fix is not { Passes: true } fix)
            {
                return check.Verdict.Kind != VerdictKind.NotCredible || check.Fix is not null;
            }
            Interlocked.Increment(ref fixedOnes);
            var raised = shares.Select((x, i) => fix.Changes.SingleOrDefault(c => c.Year == 2026 + i && c.Ledger == "core")?.ToPercent ?? x).ToArray();
            var after = PlanFixtures.Check(PlanFixtures.Consecutive("DEU", 2026, raised), rules);
            return fix.Changes.All(c => c.ToPercent > c.FromPercent)
                && !after.Checks.Any(c => c.Weight == CheckWeight.Decisive && c.Outcome == CheckOutcome.Fail);
        }, iter: 300);
        Assert.True(fixedOnes > 0, "no random plan was fixed, so the property was never exercised");
    }

    [Fact]
    public void APlanThatPassesKeepsPassingWhenAnyYearIsRaised()
    {
        // "Raised" means the year and, with it, the years after it (raising one year alone would make the next one a fall).
        var credible = 0;
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 45].Array[9], Gen.Int[0, 9], Gen.Int[1, 200]).Sample(t =>
        {
            var (rulesIndex, steps, from, deltaHundredths) = t;
            var shares = new decimal[10];
            shares[0] = 2.69m;
            for (var i = 1; i < 10; i++)
            {
                shares[i] = shares[i - 1] + steps[i - 1] / 100m;
            }
            var rules = PathFixtures.Rules(RuleIds[rulesIndex]);
            var check = PlanFixtures.Check(PlanFixtures.Consecutive("DEU", 2026, shares), rules);
            if (check.Verdict.Kind != VerdictKind.Credible)
            {
                return true;
            }
            Interlocked.Increment(ref credible);
            var delta = deltaHundredths / 100m;
            var raised = shares.Select((s, i) => i >= from ? Math.Min(100m, s + delta) : s).ToArray();
            return PlanFixtures.Check(PlanFixtures.Consecutive("DEU", 2026, raised), rules).Verdict.Kind == VerdictKind.Credible;
        }, iter: 500);
        Assert.True(credible > 0, "no random plan was credible, so the property was never exercised");
    }
}
