using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.World;

namespace NatoSpend.Tests.Data;

/// <summary>SIPRI's two shipped releases, read as vintages, and the world view built from them, checked against the CSVs and SIPRI's own figures.</summary>
public class SipriReleaseTests
{
    private static SipriRelease Release2025 => TestData.Catalog.LoadSipri("sipri-2025");

    private static SipriRelease Release2024 => TestData.Catalog.LoadSipri("sipri-2024");

    [Fact]
    public void BothReleasesAreRegisteredNewestFirst()
    {
        Assert.Equal(["sipri-2025", "sipri-2024"], TestData.Catalog.SipriReleases.Select(e => e.Id));
        Assert.Equal("sipri-2025", TestData.Catalog.LoadSipri().Edition.Id);
        Assert.Equal(1949, Release2025.FirstYear);
        Assert.Equal(2025, Release2025.LastYear);
        Assert.Equal(2024, Release2024.LastYear);
        Assert.Equal(42, Release2025.Countries.Count); // 38 countries and 4 predecessor states (sipri/README.md)
    }

    [Fact]
    public void TheConstantPriceBaseIsReadFromTheData()
    {
        Assert.Equal(2023, Release2024.ConstantPricesYear);
        Assert.Equal(2024, Release2025.ConstantPricesYear);
        Assert.StartsWith("SIPRI Milex 2025 release (data 1949-2025)", Release2025.Vintage, StringComparison.Ordinal);
    }

    [Fact]
    public void RussiaIn2025IsSiprisEstimateAsPublished()
    {
        var current = Release2025.Find("RUS", SipriIndicator.UsdCurrent, 2025)!;
        var share = Release2025.Find("RUS", SipriIndicator.ShareOfGdp, 2025)!;

        // sipri/README-2025-release.md: RUS 190,417 US$ m and 7.50% of GDP, a SIPRI estimate.
        Assert.Equal(190_417m, Math.Round(current.Value));
        Assert.Equal(SipriFlag.Estimate, current.Flag);
        Assert.Equal(7.50m, Math.Round(share.Value * 100m, 2));
        Assert.Equal("Russia", Release2025.Country("rus")!.Name);
    }

    [Fact]
    public void SipriRevisedTheUnitedStatesIn2024BetweenReleases()
    {
        // The 2024 release had 997,309 US$ m for the US in 2024; the 2025 release revised it to 1,004,901.
        Assert.Equal(997_309m, Release2024.Find("USA", SipriIndicator.UsdCurrent, 2024)!.Value);
        Assert.Equal(1_004_901m, Release2025.Find("USA", SipriIndicator.UsdCurrent, 2024)!.Value);

        var before = WorldView.Build(Release2024, 2024).Rows.Single(r => r.Entity == "USA");
        var after = WorldView.Build(Release2025, 2024).Rows.Single(r => r.Entity == "USA");
        Assert.Equal(3.42m, Math.Round(before.ShareOfGdp.Value!.Value, 2));
        Assert.Equal(3.43m, Math.Round(after.ShareOfGdp.Value!.Value, 2));
    }

    [Fact]
    public void NatosTotalReproducesSiprisPublishedAggregate()
    {
        // SIPRI's fact sheet for 2024 (April 2025): the 32 NATO members spent $1506 billion in 2024.
        var nato = WorldView.Build(Release2024, 2024).Rows.Single(r => r.Entity == Aggregates.NatoTotal);

        Assert.Equal(1506m, Math.Round(nato.UsdCurrent.Value!.Value / 1000m));
        Assert.Equal(32, nato.UsdCurrent.Included.Count);
        Assert.Empty(nato.UsdCurrent.Missing);
        Assert.Null(nato.ShareOfGdp.Value);
    }

    [Fact]
    public void AGroupIsTheSumOfItsMembersWithTheCountStated()
    {
        var view = WorldView.Build(Release2025, 2025);
        var nato = view.Rows.Single(r => r.Entity == Aggregates.NatoTotal);
        var europe = view.Rows.Single(r => r.Entity == Aggregates.EuropeCanada);
        var usa = view.Rows.Single(r => r.Entity == "USA");

        var sum = nato.Members.Sum(m => Release2025.Find(m, SipriIndicator.UsdCurrent, 2025)!.Value);
        Assert.Equal(sum, nato.UsdCurrent.Value);
        Assert.Equal(nato.UsdCurrent.Value, europe.UsdCurrent.Value + usa.UsdCurrent.Value);
        Assert.Equal(31, europe.Members.Count);
        Assert.Equal(SipriFlag.Estimate, nato.UsdCurrent.Flag);
        Assert.Equal(["LUX"], nato.UsdCurrent.Estimated); // the 2025 release marks Luxembourg's 2021-2025 figures as estimates
        Assert.Equal(["NATO_TOTAL", "NATO_EUROPE_CANADA", "USA", "RUS", "CHN", "UKR"], view.Rows.Select(r => r.Entity));
        Assert.False(view.HasWorldTotal);
    }

    [Fact]
    public void AMissingMemberIsLeftOutAndNamedNeverFilled()
    {
        var view = WorldView.Build(Release2025, 1980);
        var nato = view.Rows.Single(r => r.Entity == Aggregates.NatoTotal);
        var russia = view.Rows.Single(r => r.Entity == "RUS");

        Assert.Equal(21, nato.UsdCurrent.Included.Count);
        Assert.Contains("POL", nato.UsdCurrent.Included);
        Assert.Contains("EST", nato.UsdCurrent.Missing);
        Assert.Equal(nato.UsdCurrent.Included.Sum(m => Release2025.Find(m, SipriIndicator.UsdCurrent, 1980)!.Value), nato.UsdCurrent.Value);
        Assert.Null(russia.UsdCurrent.Value); // the USSR is SUN, never copied into Russia
    }

    [Fact]
    public void AWorldTotalIsShownOnlyWhenTheReleaseShipsOne()
    {
        var edition = Release2025.Edition;
        var release = new SipriRelease(edition, "test", 2024, [new SipriCountry("WLD", "World"), new SipriCountry("USA", "United States of America")],
        [
            new SipriFigure("WLD", 2025, SipriIndicator.UsdCurrent, 2_900_000m, SipriFlag.Estimate),
            new SipriFigure("USA", 2025, SipriIndicator.UsdCurrent, 954_387m, SipriFlag.None),
        ]);

        var view = WorldView.Build(release, 2025);

        var world = Assert.Single(view.Rows, r => r.Kind == WorldRowKind.WorldTotal);
        Assert.Equal(2_900_000m, world.UsdCurrent.Value);
        Assert.Equal(SipriFlag.Estimate, world.UsdCurrent.Flag);
        Assert.Equal("USA", Assert.Single(view.Rows.Single(r => r.Entity == Aggregates.NatoTotal).UsdCurrent.Included));
    }

    [Fact]
    public void CompareGetsEveryCountryOfTheRelease()
    {
        var data = TestData.Catalog.Load("sipri-2025");

        Assert.Equal(7.50m, Math.Round(data.Find("RUS", Metric.DefenceShareOfGdp, 2025)!.Value, 2));
        Assert.True(data.Find("UKR", Metric.DefenceShareOfGdp, 2025)!.Estimate);
        Assert.Equal(Definition.Sipri, data.Edition.Definition);
    }

    [Fact]
    public void AFlagSipriDoesNotUseIsRefusedWithItsLine()
    {
        var folder = TestData.CopyOfShippedData();
        var file = Path.Combine(folder, "sipri", "sipri_milex_2025_release.csv");
        var lines = File.ReadAllLines(file);
        var at = Array.FindIndex(lines, l => l.StartsWith("ALB,1992,milex_usd_m_current,", StringComparison.Ordinal));
        lines[at] = lines[at].Replace(",,Albania,", ",guess,Albania,", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var catalog = DataCatalog.Open(DataFolder.Open(folder));
        var error = Assert.Throws<DataFileException>(() => catalog.LoadSipri("sipri-2025"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(at + 1, problem.Line);
        Assert.Contains("the flag must be empty, sipri_estimate or highly_uncertain, but was 'guess'", problem.Message, StringComparison.Ordinal);
    }
}
