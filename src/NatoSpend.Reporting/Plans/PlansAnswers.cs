using System.Text.Json.Serialization;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Reporting.Plans;

/// <summary>The shipped plans as JSON (<c>natospend plans --format json</c>, <c>GET /api/v1/plans</c>): each checked under the rule set, and what each revision changed.</summary>
/// <param name="Rules">The rule set the plans are checked under.</param>
/// <param name="Plans">Each plan's full check, with its file.</param>
/// <param name="Revisions">What each revision changed against the plan it revises.</param>
/// <param name="Notes">How the plans and verdicts are to be read.</param>
public sealed record PlanHistoryAnswer(RulesAnswer Rules, IReadOnlyList<ShippedPlanAnswer> Plans, IReadOnlyList<RevisionAnswer> Revisions, IReadOnlyList<string> Notes);

/// <summary>A shipped plan's full check, then its file, its announcement date and the plan it revises.</summary>
public sealed record ShippedPlanAnswer : PlanCheckAnswer
{
    /// <summary>A shipped plan's check with where it comes from.</summary>
    /// <param name="check">The plan's full check.</param>
    /// <param name="file">Its file, relative to the data folder.</param>
    /// <param name="announcedOn">When it was announced, if stated.</param>
    /// <param name="revises">The plan it revises, if any.</param>
    public ShippedPlanAnswer(PlanCheckAnswer check, string file, string? announcedOn, string? revises)
        : base(check)
    {
        File = file;
        AnnouncedOn = announcedOn;
        Revises = revises;
    }

    /// <summary>The plan's file, relative to the data folder, such as <c>plans/deu-2025-06.csv</c>.</summary>
    [JsonPropertyOrder(1)]
    public string File { get; init; }

    /// <summary>When the plan was announced, if stated.</summary>
    [JsonPropertyOrder(1)]
    public string? AnnouncedOn { get; init; }

    /// <summary>The file of the plan it revises, if any.</summary>
    [JsonPropertyOrder(1)]
    public string? Revises { get; init; }
}

/// <summary>What a revision changed.</summary>
/// <param name="File">The revising plan's file.</param>
/// <param name="Revises">The revised plan's file.</param>
/// <param name="Changes">The changes, such as <c>2029: 3.50% → 3.05%</c>.</param>
public sealed record RevisionAnswer(string File, string Revises, IReadOnlyList<string> Changes);
