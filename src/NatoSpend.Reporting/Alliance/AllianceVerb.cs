using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using static System.FormattableString;

namespace NatoSpend.Reporting.Alliance;

/// <summary><c>natospend alliance</c> and <c>GET /api/v1/alliance</c>: every ally on one path shape to the deadline, summed year by year.</summary>
public static class AllianceVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Allies">Codes or a group (default: all).</param>
    /// <param name="Path">The path inputs.</param>
    public sealed record Request(string? Allies, PathInput Path);

    /// <summary>The roll-up, with the answer.</summary>
    /// <param name="RollUp">The allies' paths summed year by year, with the table and the projections.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Rules">The rule set.</param>
    /// <param name="Edition">The NATO edition of the base shares.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="Subject">What the answer is about, in a line, for an export's sources.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(AllianceRollUp RollUp, AllianceAnswer Answer, RuleSet Rules, Edition Edition, string Title, string Subject, string FileName);

    /// <summary>Checks the request, sums the allies' paths and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        var picked = Input.Read(() => UserInput.Allies(request.Allies ?? "all"));
        var s = PathSetup.Resolve(request.Path, sources, face);
        var rollUp = Input.Read(() => AllianceRollUp.Build(s.Data, s.Outlook, s.Rules, picked, s.Targets, s.Shape, s.Parameters, s.BaseYear, s.Deadline, s.Options),
            InputProblem.Unanswerable);
        var shape = PathShapes.Name(s.Shape);
        var (edition, outlook) = (s.Data.Edition.Id, rollUp.Projections.Assumptions.Outlook);
        return new Result(rollUp, rollUp.ToAnswer(s.Rules, s.Data.Edition), s.Rules, s.Data.Edition,
            Invariant($"The alliance on {shape} paths from {s.BaseYear} to {s.Deadline} (rules {s.Rules.Id}, NATO edition {edition}, {outlook}); USD million"),
            Invariant($"The alliance on {shape} paths from {s.BaseYear} to {s.Deadline} (rules {s.Rules.Id}, NATO edition {edition})"),
            Invariant($"natospend-alliance-{shape}-{s.BaseYear}-{s.Deadline}-{s.Rules.Id}"));
    }
}
