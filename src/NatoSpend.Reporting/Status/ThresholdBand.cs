using System.Globalization;
using NatoSpend.Domain;
using NatoSpend.Domain.Status;

namespace NatoSpend.Reporting.Status;

/// <summary>
/// The band of NATO's thresholds (2%, 3.5%, 5% of GDP) a share falls in, judged as NATO counts: on the share rounded to
/// 2 decimals. The dashboard colours allies by it, so it never rounds or compares a share itself.
/// </summary>
public static class ThresholdBand
{
    /// <summary>What the band's column says about itself.</summary>
    public static string Rule { get; } = string.Create(CultureInfo.InvariantCulture,
        $"the band between NATO's thresholds of {string.Join(", ", StatusReport.StandardThresholds.Select(t => t.Percent + "%"))} of GDP that the share, rounded to 2 decimals as NATO counts, falls in");

    /// <summary>Every band from the lowest up, as <see cref="Of"/> names them: <c>under 2%</c>, <c>2% to under 3.5%</c>, <c>3.5% to under 5%</c>, <c>5% or more</c>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enumerable.Range(-1, StatusReport.StandardThresholds.Count + 1).Select(Label)];

    /// <summary>The band a share falls in.</summary>
    public static string Of(ShareOfGdp share) => Label(StatusReport.StandardThresholds.Count(share.Meets) - 1);

    // The band above the index-th threshold reached (-1: none reached).
    private static string Label(int reached)
    {
        var thresholds = StatusReport.StandardThresholds;
        string Pct(int i) => thresholds[i].Percent.ToString(CultureInfo.InvariantCulture) + "%";
        return reached < 0 ? "under " + Pct(0)
            : reached == thresholds.Count - 1 ? Pct(reached) + " or more"
            : $"{Pct(reached)} to under {Pct(reached + 1)}";
    }
}
