using System.Globalization;
using CsCheck;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Reporting.Allies;

namespace NatoSpend.Tests.Domain;

public class ValueTypeTests
{
    [Fact]
    public void ShareOfGdp_ParseOfInvariantText_RoundTrips() =>
        Gen.Decimal[0m, 100m].Sample(d =>
        {
            var share = ShareOfGdp.FromPercent(d);
            return ShareOfGdp.Parse(share.Percent.ToString(CultureInfo.InvariantCulture) + "%", CultureInfo.InvariantCulture) == share;
        });

    [Fact]
    public void ShareOfGdp_ParseOfItsOwnToString_RoundTrips() =>
        Gen.Decimal[0m, 100m].Sample(d =>
        {
            var share = ShareOfGdp.FromPercent(d);
            return ShareOfGdp.Parse(share.ToString(), CultureInfo.InvariantCulture) == share;
        });

    [Fact]
    public void AllyCodeAndCurrency_ParseOfTheirOwnToString_RoundTrips()
    {
        Gen.String[Gen.Char['A', 'Z'], 3, 3].Sample(s => AllyCode.Parse(AllyCode.Parse(s, null).ToString(), null) == AllyCode.Parse(s, null));
        Assert.All(AllyRegistry.All, a => Assert.Equal(a.Currency, Currency.Parse(a.Currency.ToString(), CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(3.5, "3.50% of GDP")]
    [InlineData(2.675, "2.675% of GDP")]
    public void ShareOfGdp_ToString_PrintsTwoDecimalsOrEveryDecimalItHas(double percent, string text) =>
        Assert.Equal(text, ShareOfGdp.FromPercent((decimal)percent).ToString());

    [Fact]
    public void ShareOfGdp_AboveHundred_ThrowsNamingTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ShareOfGdp.FromPercent(101m));
        Assert.StartsWith("A share of GDP must be between 0 and 100 percent, but was 101.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShareOfGdp_MeetsUsesNatosTwoDecimalRounding()
    {
        var two = ShareOfGdp.FromPercent(2m);
        Assert.True(ShareOfGdp.FromPercent(1.995m).Meets(two));
        Assert.True(ShareOfGdp.FromPercent(2.000015m).Meets(two));
        Assert.False(ShareOfGdp.FromPercent(1.9949m).Meets(two));
    }

    [Fact]
    public void Money_InTwoCurrencies_NeverAddsSilently()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Money.FromMillions(1m, Currency.Eur) + Money.FromMillions(1m, Currency.Usd));
        Assert.Equal("Cannot combine EUR 1.0 m with USD 1.0 m: the currencies differ; convert one of them first at a stated exchange rate.", e.Message);
    }

    [Fact]
    public void ShareTimesGdp_IsSpending()
    {
        var spending = ShareOfGdp.FromPercent(3.5m) * Money.FromMillions(1000m, Currency.Eur);
        Assert.Equal(Money.FromMillions(35m, Currency.Eur), spending);
    }

    [Fact]
    public void AllyCode_ParseOfAnyCase_GivesUpperCase() =>
        Gen.String[Gen.Char['a', 'z'], 3, 3].Sample(s => string.Equals(AllyCode.Parse(s, null).Value, s, StringComparison.OrdinalIgnoreCase) && AllyCode.Parse(s, null).Value.All(char.IsAsciiLetterUpper));

    [Fact]
    public void Registry_HasThirtyTwoAlliesAndTheGroups()
    {
        Assert.Equal(32, AllyRegistry.All.Count);
        Assert.Equal(31, AllyRegistry.All.Count(a => a.HasExpenditureData));
        Assert.Equal(31, AllyRegistry.Resolve("europe-canada").Count);
        Assert.Equal(30, AllyRegistry.Resolve("europe").Count);
        Assert.Equal(23, AllyRegistry.Resolve("eu").Count);
        Assert.Equal(["DEU", "POL"], AllyRegistry.Resolve("deu, POL").Select(a => a.Code.Value));
    }

    [Fact]
    public void Registry_UnknownCode_NamesItAndWhatIsAccepted()
    {
        var e = Assert.Throws<ArgumentException>(() => AllyRegistry.Resolve("DEU,XYZ"));
        Assert.StartsWith("'XYZ' is not an ally code or group; use an ISO3 code such as DEU or POL (a comma-separated list is fine) or one of the groups all, europe-canada, europe, eu.", e.Message, StringComparison.Ordinal);
    }
}
