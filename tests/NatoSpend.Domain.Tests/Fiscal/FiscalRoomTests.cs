using NatoSpend.Data.Eu;
using NatoSpend.Data.Macro;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Fiscal;

namespace NatoSpend.Tests.Fiscal;

/// <summary>The fiscal-room arithmetic reproduced by hand from the WEO's published figures, and the EU fact tables as shipped.</summary>
public class FiscalRoomTests
{
    private static readonly AllyCode Deu = AllyCode.From("DEU");

    private static FiscalSeries Germany2026 =>
        WeoFiscalReader.Read(TestData.Catalog.Folder, "macro/imf_weo_apr2026.csv", "weo-2026-04").Find(Deu)!;

    [Fact]
    public void TheEffectiveRateIsNetInterestOverLastYearsDebt()
    {
        // WEO April 2026, Germany: GGXONLB_NGDP 2027 = -3.152, GGXCNL_NGDP 2027 = -4.229, NGDP 2027 = 4795.695, GGXWDG 2026 = 2987.604.
        var rate = EffectiveInterestRate.Derive(Germany2026, 2027)!;

        Assert.Equal(1.077m, rate.NetInterestPct);
        Assert.Equal(1.077m * 4795.695m / 100m, rate.NetInterest);
        Assert.Equal(2987.604m, rate.LaggedDebt);
        Assert.Equal(1.7288m, Math.Round(rate.RatePct, 4));
        Assert.Equal(1.077m * 4795.695m / 100m / 2987.604m * 100m, rate.RatePct);
    }

    [Fact]
    public void OneYearsDebtWithThePathIsReproducedByHand()
    {
        ExtraSpending[] extra = [new(2027, 3.0m, 0.2m, 10_000m, false), new(2028, 3.2m, 0.4m, 20_000m, false)];

        var room = FiscalRoom.Compute(extra, Germany2026, null);

        // 2027: nothing borrowed before, so no interest; 2028: the 2027 debt at 2028's rate, plus 2028's extra.
        var r2028 = (-2.849m - -4.061m) * 4959.317m / 100m / 3190.412m;
        var debt2028 = 10_000m * (1m + r2028) + 20_000m;
        var row = room.Years[1];
        Assert.Equal(0m, room.Years[0].Interest);
        Assert.Equal(10_000m, room.Years[0].ExtraDebt);
        Assert.Equal(10_000m * r2028, row.Interest);
        Assert.Equal(debt2028, row.ExtraDebt);
        Assert.Equal(3391.824m * 1000m + debt2028, row.DebtWithPath);
        // Decimal division rounds in the 28th digit, so the ratios are compared to 12 decimals.
        Assert.Equal(Math.Round(68.393m + debt2028 / (4959.317m * 1000m) * 100m, 12), Math.Round(row.DebtWithPathPct!.Value, 12));
        Assert.Equal(-201.412m * 1000m - (20_000m + 10_000m * r2028), row.BalanceWithPath);
        Assert.Equal(Math.Round(-4.061m - (20_000m + 10_000m * r2028) / (4959.317m * 1000m) * 100m, 12), Math.Round(row.BalanceWithPathPct!.Value, 12));
        Assert.Equal(RateBasis.Derived, row.Basis);
        Assert.Equal(188.4m, Math.Round(room.Years[1].Interest, 1));
    }

    [Fact]
    public void AfterTheOutlookTheLastDerivedRateIsHeldAndTheOutlookColumnsAreEmpty()
    {
        ExtraSpending[] extra = [new(2031, 3.4m, 0.6m, 30_000m, false), new(2032, 3.5m, 0.7m, 36_000m, false)];

        var room = FiscalRoom.Compute(extra, Germany2026, null);

        Assert.Equal(2031, Germany2026.LastYear);
        Assert.Equal(RateBasis.Derived, room.Years[0].Basis);
        Assert.Equal(RateBasis.Held, room.Years[1].Basis);
        Assert.Equal(room.Years[0].RatePct, room.Years[1].RatePct);
        Assert.Null(room.Years[1].DebtWithPath);
        Assert.Null(room.Years[1].BalanceWithPathPct);
        Assert.Equal(30_000m * (1m + room.Years[0].RatePct / 100m) + 36_000m, room.Years[1].ExtraDebt);
    }

    [Fact]
    public void AGivenRateReplacesTheDerivedOnes()
    {
        ExtraSpending[] extra = [new(2027, 3.0m, 0.2m, 10_000m, false), new(2028, 3.2m, 0.4m, 20_000m, false)];

        var room = FiscalRoom.Compute(extra, Germany2026, 3.1m);

        Assert.All(room.Years, y => Assert.Equal(RateBasis.Given, y.Basis));
        Assert.Empty(room.Rates);
        Assert.Equal(10_000m * 1.031m + 20_000m, room.Years[1].ExtraDebt);
    }

    [Fact]
    public void ARateOutsideZeroToAHundredIsRefusedInOneSentence()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalRoom.Compute([], Germany2026, 150m));

        Assert.StartsWith("An interest rate must be from 0 to 100 percent a year, but was 150; give one such as 3.1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEscapeClauseCoversTheExtraWithinOnePointFiveAboveTheTwentyTwentyOneShare()
    {
        var clause = new EscapeClauseActivation(Deu, null, new DateOnly(2025, 10, 10), 4, 1.5m, "test");
        // 2021 at 1.3%, base 2026 at 2.5%: the cover runs up to 2.8%, of which 0.3 pp is left above the base.
        ExtraSpending[] extra = [new(2027, 2.7m, 0.2m, 8_000m, false), new(2028, 2.9m, 0.4m, 16_000m, false), new(2029, 3.1m, 0.6m, 24_000m, false)];

        var years = EscapeClauseCoverage.Compute(clause, 1.3m, 2026, 2.5m, y => y switch { 2025 => 2.4m, 2026 => 2.5m, _ => null }, extra);

        Assert.Equal([2025, 2026, 2027, 2028], years.Select(y => y.Year));
        Assert.Equal(1.1m, years[0].FlexibilityPp);
        Assert.Equal(0m, years[0].Covered);
        Assert.Equal(0.2m, years[2].CoveredPp);
        Assert.Equal(8_000m, years[2].Covered);
        Assert.Equal(1.5m, years[3].FlexibilityPp);
        Assert.Equal(0.3m, years[3].CoveredPp);
        Assert.Equal(12_000m, years[3].Covered);
        Assert.Equal(4_000m, years[3].NotCovered);
    }

    [Fact]
    public void TheEuFactTablesHoldGermanysActivationAndPolandsSafeLoans()
    {
        var eu = EuFactsReader.Read(TestData.Catalog.Folder);

        Assert.Equal(16, eu.EscapeClauses.Count);
        var deu = eu.EscapeClause(Deu)!;
        Assert.Equal(new DateOnly(2025, 10, 10), deu.ActivatedOn);
        Assert.Equal((2025, 2028), (deu.FirstYear, deu.LastYear));
        Assert.Equal(1.5m, deu.MaxFlexibilityPct);
        Assert.Null(eu.EscapeClause(AllyCode.From("FRA")));
        Assert.Equal(19, eu.Safe.Count);
        Assert.Equal(150.01m, eu.Safe.Sum(s => s.Amounts[0].Value));
        var pol = eu.SafeFor(AllyCode.From("POL"))!;
        Assert.Equal([43.73m, 43_734m], pol.Amounts.Select(a => a.Value));
        Assert.Null(eu.SafeFor(Deu));
    }
}
