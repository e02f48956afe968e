using System.Text.Json.Serialization;
using NatoSpend.Domain.Plans;

namespace NatoSpend.Reporting.Plans;

/// <summary>The verdict on a plan's announced points, the same for the CLI and the API: the path through them (interpolated years marked) and its checks.</summary>
/// <param name="Verdict"><c>on track</c>, <c>off track</c> or <c>not assessable</c>.</param>
/// <param name="Label">The verdict with what it rests on, such as <c>off track: declines in 2028</c>.</param>
/// <param name="AnnouncedYears">The years with a core figure.</param>
/// <param name="NotAnnounced">The years after the last point up to the deadline, on which nothing is said.</param>
/// <param name="Findings">Why it is off track, then the flags raised.</param>
/// <param name="Completeness">The plan's completeness in words.</param>
/// <param name="Path">The path from the first to the last announced point, interpolated years marked.</param>
/// <param name="Checks">The checks run on the path.</param>
/// <param name="Notes">How the path is drawn and judged.</param>
public sealed record AnnouncedAnswer(string Verdict, string Label, IReadOnlyList<int> AnnouncedYears, IReadOnlyList<int> NotAnnounced, IReadOnlyList<string> Findings,
    string Completeness, IReadOnlyList<AnnouncedYearAnswer> Path, IReadOnlyList<AnnouncedCheckAnswer> Checks, IReadOnlyList<string> Notes)
{
    private static readonly IReadOnlyList<string> PathNotes =
    [
        "Between two announced points the path is a straight line in the unit of the points; interpolated years are marked and are not the plan's figures.",
        "Nothing is filled before the first point or after the last: those years are 'not announced'.",
        "NatoSpend's tests, not NATO's: NATO does not define a credible, incremental path.",
    ];

    /// <summary>The verdict as an answer.</summary>
    public static AnnouncedAnswer Of(AnnouncedVerdict verdict, string currency)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new AnnouncedAnswer(verdict.KindLabel, verdict.Label, verdict.AnnouncedYears, verdict.NotAnnounced, verdict.Findings, verdict.Completeness,
            [.. verdict.Path.Select(p => AnnouncedYearAnswer.Of(p, currency))],
            [.. verdict.Checks.Select(k => new AnnouncedCheckAnswer(k.Name, k.OutcomeLabel, k.WeightLabel, k.Message))],
            PathNotes);
    }
}

/// <summary>A year of the path through the announced points; an interpolated year's share is in its own member, never in <c>share</c>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Kind"><c>announced</c> or <c>interpolated</c>.</param>
/// <param name="Share">The plan's core share in an announced year, % of GDP; <c>null</c> in an interpolated year.</param>
/// <param name="InterpolatedShare">The path's share in an interpolated year, % of GDP; <c>null</c> in an announced year.</param>
/// <param name="SpendingM">Core spending, millions of national currency, current prices, on the GDP used (derived), or <c>null</c> when GDP is not known.</param>
/// <param name="Currency">The national currency.</param>
/// <param name="Unit"><c>share</c> or <c>money</c>: the unit the year was announced or interpolated in.</param>
public sealed record AnnouncedYearAnswer(int Year, string Kind, decimal? Share, decimal? InterpolatedShare, decimal? SpendingM, string Currency, string Unit)
{
    /// <summary>A year of the path as an answer.</summary>
    public static AnnouncedYearAnswer Of(AnnouncedPathYear year, string currency)
    {
        ArgumentNullException.ThrowIfNull(year);
        var share = decimal.Round(year.Share, 4);
        return new AnnouncedYearAnswer(year.Year, year.Interpolated ? "interpolated" : "announced", year.Interpolated ? null : share, year.Interpolated ? share : null,
            year.Spending is { } s ? decimal.Round(s / 1_000_000m, 1) : null, currency, year.Unit);
    }
}

/// <summary>A check run on the path through the announced points.</summary>
/// <param name="Name">The check's name.</param>
/// <param name="Outcome"><c>pass</c>, <c>fail</c> or <c>not applicable</c>.</param>
/// <param name="Weight"><c>decisive</c> or <c>flag</c>.</param>
/// <param name="Message">The finding; it says when a year is interpolated.</param>
public sealed record AnnouncedCheckAnswer(string Name, string Outcome, string Weight, string Message);

/// <summary>
/// A reconciliation: a plan's amount against the share it claims (<c>amount-vs-share</c>), or its share against NATO's (<c>plan-vs-nato</c>).
/// The other share's key names what it is, so each row has <c>nato_share</c> or <c>amount_as_share</c>, never both.
/// </summary>
public sealed record ReconciliationAnswer
{
    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary><c>plan-vs-nato</c> or <c>amount-vs-share</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The plan's share, % of GDP.</summary>
    public required decimal PlanShare { get; init; }

    /// <summary>NATO's published share, % of GDP; only in a plan-vs-nato row.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? NatoShare { get; init; }

    /// <summary>The plan's amount as a share of the GDP used, %; only in an amount-vs-share row.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? AmountAsShare { get; init; }

    /// <summary>The plan's share less the other, pp.</summary>
    public required decimal DifferencePp { get; init; }

    /// <summary>The difference, millions of national currency, current prices (derived), or <c>null</c> when GDP is not known.</summary>
    public required decimal? DifferenceM { get; init; }

    /// <summary>The national currency.</summary>
    public required string Currency { get; init; }

    /// <summary>The basis of the plan's figure.</summary>
    public required string Basis { get; init; }

    /// <summary>The reason the plan states for a difference, or <c>null</c>.</summary>
    public required string? Reason { get; init; }

    /// <summary>Whether the difference is beyond the rule set's tolerance.</summary>
    public required bool Flagged { get; init; }

    /// <summary>The reconciliation in one sentence.</summary>
    public required string Message { get; init; }

    /// <summary>A reconciliation as an answer.</summary>
    public static ReconciliationAnswer Of(PlanReconciliationRow row, string currency)
    {
        ArgumentNullException.ThrowIfNull(row);
        var other = decimal.Round(row.OtherShare, 4);
        var againstNato = row.Kind == "plan-vs-nato";
        return new ReconciliationAnswer
        {
            Year = row.Year,
            Kind = row.Kind,
            PlanShare = decimal.Round(row.PlanShare, 4),
            NatoShare = againstNato ? other : null,
            AmountAsShare = againstNato ? null : other,
            DifferencePp = decimal.Round(row.DifferencePp, 4),
            DifferenceM = row.DifferenceMoney is { } m ? decimal.Round(m / 1_000_000m, 1) : null,
            Currency = currency,
            Basis = row.Basis,
            Reason = row.Reason,
            Flagged = row.Flagged,
            Message = row.Message,
        };
    }
}
