using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Status;

namespace NatoSpend.Tests.Domain;

/// <summary>What changed between editions, against the counts NATO announced with each edition (data/nato/README.md).</summary>
public class EditionChangesTests
{
    private static EditionData Edition(string id) => TestData.Catalog.Load(id);

    [Fact]
    public void CountsReproduceNatosAnnouncedCountsAtTwoPercent()
    {
        var counts = EditionChanges.Counts(Edition("2024"), Edition("2025"), AllyRegistry.All, StatusReport.StandardThresholds);

        // June 2024 edition: 23 allies at 2% in 2024e, as NATO announced; the 2025 edition: 18 in 2024.
        var twoPercent2024 = counts.Single(c => c.Year == 2024 && c.Threshold == ShareOfGdp.FromPercent(2m));
        Assert.Equal(new ThresholdTally(23, 31), twoPercent2024.Older);
        Assert.Equal(new ThresholdTally(18, 31), twoPercent2024.Newer);
        Assert.Equal(-5, twoPercent2024.Change);
    }

    [Fact]
    public void TheNewestEditionCountsThirtyAlliesAtTwoPercentAndFiveAtThreeAndAHalfIn2026()
    {
        var counts = EditionChanges.Counts(Edition("2025"), Edition("2026"), AllyRegistry.All, StatusReport.StandardThresholds);

        Assert.Equal(new ThresholdTally(30, 31), counts.Single(c => c.Year == 2026 && c.Threshold == ShareOfGdp.FromPercent(2m)).Newer);
        Assert.Equal(new ThresholdTally(5, 31), counts.Single(c => c.Year == 2026 && c.Threshold == ShareOfGdp.FromPercent(3.5m)).Newer);
        // The 2025 edition has no 2026 column: its count is absent, never zero.
        Assert.Null(counts.Single(c => c.Year == 2026 && c.Threshold == ShareOfGdp.FromPercent(2m)).Older);
        // Counts start at the 2025 edition's last year with a figure for every ally (2024; 2025e covers 18 allies only).
        Assert.Equal(2024, counts.Min(c => c.Year));
    }

    [Fact]
    public void PolandsEstimateFor2024IsRevisedAsEachEditionPublishedIt()
    {
        var revisions = EditionChanges.Revisions(Edition("2024"), Edition("2025"), AllyRegistry.All);

        var poland = revisions.Single(r => r.Ally.Code.Value == "POL" && r.Year == 2024);
        Assert.Equal(4.12m, poland.Older.Value);
        Assert.Equal(3.79m, Math.Round(poland.Newer.Value, 2));
        Assert.Equal(poland.Newer.Value - 4.12m, poland.Pp);
        Assert.Equal(poland.Pp / 4.12m * 100m, poland.Pct);
        // Largest first.
        Assert.True(revisions.Zip(revisions.Skip(1)).All(p => Math.Abs(p.First.Pp) >= Math.Abs(p.Second.Pp)));
    }

    [Fact]
    public void MovesCompareEachAllysLatestPublishedShareInEachEdition()
    {
        var moves = EditionChanges.Moves(Edition("2025"), Edition("2026"), AllyRegistry.All);

        // Germany has no 2025e in the 2025 edition, so its latest figure there is 2024's.
        var germany = moves.Single(m => m.Ally.Code.Value == "DEU");
        Assert.Equal(2024, germany.Older.Year);
        Assert.Equal(2026, germany.Newer.Year);
        var poland = moves.Single(m => m.Ally.Code.Value == "POL");
        Assert.Equal(2025, poland.Older.Year);
        Assert.Equal(4.48m, poland.Older.Value);
        Assert.Equal(4.68m - 4.48m, Math.Round(poland.Pp, 2));
        Assert.Equal(31, moves.Count);
    }
}
