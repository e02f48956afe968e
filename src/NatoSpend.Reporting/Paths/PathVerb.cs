using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Reporting.Inputs;
using static System.FormattableString;

namespace NatoSpend.Reporting.Paths;

/// <summary><c>natospend path</c> and <c>GET /api/v1/paths</c>: required paths from the published base-year share to a target by a deadline.</summary>
public static class PathVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Ally">One ally (the CLI's argument, the API's <c>ally</c>).</param>
    /// <param name="Allies">Several allies instead: codes or a group.</param>
    /// <param name="Path">The path inputs.</param>
    public sealed record Request(string? Ally, string? Allies, PathInput Path);

    /// <summary>The paths, with the answer in the form asked for.</summary>
    /// <param name="Report">The paths, their table and assumptions.</param>
    /// <param name="Answer">One ally's <see cref="PathAnswer"/>, or several allies' <see cref="PathsAnswer"/>.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(PathReport Report, object Answer, string Title, string FileName);

    /// <summary>Checks the request, computes the paths and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(face);
        var picked = (request.Ally, request.Allies) switch
        {
            ({ } one, { } many) => throw new InputException($"Name one ally ('{one}') or {face.Name("allies")} '{many}', not both."),
            (null, null) => throw new InputException(
                $"Name an ally, such as {(face.IsCli ? "'natospend path DEU'" : "ally=DEU")}, or several with {face.Name("allies")} (all, europe, DEU,POL)."),
            ({ } one, null) => face.IsCli ? Input.Read(() => UserInput.Allies(one)) : [Input.Read(() => UserInput.Ally(one))],
            (null, { } many) => Input.Read(() => UserInput.Allies(many)),
        };
        var setup = PathSetup.Resolve(request.Path, sources, face);
        var report = Compute(setup, picked, face);
        var single = report.Paths.Count == 1 && request.Allies is null;
        var outlook = report.Projections.Assumptions.Outlook;
        var shape = PathShapes.Name(setup.Shape);
        var title = single
            ? Invariant($"{report.Paths[0].Ally.Name} ({report.Paths[0].Ally.Code}): {shape} path from {report.Paths[0].BaseShare.Percent:0.00}% in {setup.BaseYear} (published, NATO edition {setup.Data.Edition.Id}) to {report.Paths[0].Target.Percent:0.00}% by {setup.Deadline}; rules {setup.Rules.Id}; GDP and exchange rates on the {outlook}")
            : Invariant($"{shape} paths from {setup.BaseYear} (NATO edition {setup.Data.Edition.Id}) to each ally's target by {setup.Deadline}; rules {setup.Rules.Id}; GDP and exchange rates on the {outlook}");
        var name = single ? report.Paths[0].Ally.Code.Value.ToLowerInvariant() : "allies";
        return new Result(report, single ? report.ToAnswer() : report.ToAllAnswer(), title,
            Invariant($"natospend-path-{name}-{shape}-{setup.Deadline}-{setup.Rules.Id}"));
    }

    /// <summary>Computes the paths, refusing allies with no published base share, or whose GDP cannot be projected, with one sentence (422).</summary>
    /// <exception cref="InputException">No picked ally has a base share, or the edition lacks what a projection needs.</exception>
    internal static PathReport Compute(PathSetup setup, IReadOnlyList<Ally> picked, Face face)
    {
        if (PathReport.Reported(setup.Data, picked, setup.BaseYear).Count == 0)
        {
            throw new InputException(PathReport.NoBaseShareMessage(setup.Data, picked[0], setup.BaseYear)
                + $"; choose another ally or {(face.IsCli ? "--from-year" : "base year")}.", InputProblem.Unanswerable);
        }
        return Input.Read(() => PathReport.Build(setup, picked), InputProblem.Unanswerable);
    }
}
