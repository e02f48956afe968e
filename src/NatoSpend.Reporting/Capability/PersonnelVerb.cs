using NatoSpend.Data.Capability;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using static System.FormattableString;

namespace NatoSpend.Reporting.Capability;

/// <summary>
/// <c>natospend personnel</c> and <c>GET /api/v1/personnel</c>: without an addition, one ally's personnel economics; with one, the
/// yearly cost of that many more service members against each ally's path, for one ally or spread over several.
/// </summary>
public static class PersonnelVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Ally">One ally (the CLI's argument, the API's <c>ally</c>).</param>
    /// <param name="Allies">Allies to spread an addition over instead: codes or a group.</param>
    /// <param name="Add">Service members to add by the deadline; without it, the ally's personnel economics.</param>
    /// <param name="Ramp">How they arrive: <c>linear</c> (default) or <c>immediate</c>.</param>
    /// <param name="Key">How a spread weighs the allies: <c>population</c> (default), <c>gdp</c> or <c>personnel</c>.</param>
    /// <param name="UnitCosts">From the command line, the path of a unit-cost file (default: the shipped one).</param>
    /// <param name="Path">The path inputs the addition is set against.</param>
    public sealed record Request(string? Ally, string? Allies, string? Add, string? Ramp, string? Key, string? UnitCosts, PathInput Path);

    /// <summary>The economics or the addition, with the answer.</summary>
    /// <param name="Table">The table: the economics year by year, or the addition.</param>
    /// <param name="Answer">A <see cref="PersonnelEconomicsAnswer"/>, or a <see cref="PersonnelAnswer"/> for an addition.</param>
    /// <param name="Edition">The NATO edition.</param>
    /// <param name="Addition">The addition's report with its rules and assumptions, or <c>null</c> for the economics.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(ReportTable Table, object Answer, Edition Edition, PersonnelReport? Addition, string Title, string FileName);

    /// <summary>Checks the request, computes the economics or the addition and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        if (request is { Ally: { } one, Allies: { } many })
        {
            throw new InputException($"Name one ally ('{one}') or {face.Name("allies")} '{many}', not both.");
        }
        return request.Add is { } add ? Addition(request, add, sources, face) : Economics(request, sources, face);
    }

    private static Result Economics(Request request, DataSources sources, Face face)
    {
        if (request.Ally is not { } code)
        {
            throw new InputException(
                $"Name an ally, such as {(face.IsCli ? "'natospend personnel DEU'" : "ally=DEU")}, or give {face.Name("add")} with {face.Name("allies")} to spread a need.");
        }
        RefuseAdditionInputs(request, face);
        var ally = Input.Read(() => UserInput.Ally(code));
        var data = sources.Edition(request.Path.Edition, face);
        var table = Input.Read(() => PersonnelTable.Build(data, ally), InputProblem.Unanswerable);
        return new Result(table, PersonnelEconomicsAnswer.Of(data, ally, table), data.Edition, null,
            $"{ally.Name} ({ally.Code.Value}): personnel economics, NATO edition {data.Edition.Id}",
            $"natospend-personnel-{ally.Code.Value.ToLowerInvariant()}-edition-{data.Edition.Id}");
    }

    // The economics read NATO's tables alone: an input that only an addition uses is refused rather than ignored,
    // so a mistyped file or value never passes unseen.
    private static void RefuseAdditionInputs(Request request, Face face)
    {
        var p = request.Path;
        (string Key, bool Given)[] additionOnly =
        [
            ("unit_costs", request.UnitCosts is not null), ("ramp", request.Ramp is not null), ("key", request.Key is not null),
            ("rules", p.Rules is not null), ("target", p.Target is not null), ("shape", p.Shape is not null), ("from_year", p.FromYear is not null),
            ("deadline", p.Deadline is not null), ("step", p.Step is not null), ("fraction", p.Fraction is not null), ("growth", p.Growth is { Count: > 0 }),
            ("rate", p.Rates is { Count: > 0 }), ("outlook", p.Outlook is not null), ("exchange_rates", p.ExchangeRates is not null),
        ];
        foreach (var (key, given) in additionOnly)
        {
            if (given)
            {
                throw new InputException(
                    $"Only an addition of service members uses {face.Name(key)}; give {face.Name("add")} with it, such as {face.Example("add", "60000")}, or leave {face.Name(key)} out.");
            }
        }
    }

    private static Result Addition(Request request, string add, DataSources sources, Face face)
    {
        var count = Input.Read(() => UserInput.Count(add, face.Name("add")));
        var ramp = Input.Read(() => UserInput.Ramp(request.Ramp ?? "linear"));
        IReadOnlyList<Ally> picked = request.Ally is { } code ? [Input.Read(() => UserInput.Ally(code))] : Input.Read(() => UserInput.Allies(request.Allies ?? "all"));
        var key = Input.Read(() => UserInput.SpreadKey(request.Key ?? "population"));
        var s = PathSetup.Resolve(request.Path, sources, face);
        // Only the command line names a file to read; the API answers on the shipped unit costs.
        var book = request.UnitCosts is { } file && face.ReadsRuleFiles ? UnitCostReader.Read(sources.Catalog.Folder, file) : sources.UnitCosts;
        var spread = picked.Count > 1 || request.Allies is not null;
        var report = Input.Read(() => PersonnelReport.Build(s.Data, s.Outlook, book, s.Rules, picked, spread, count, ramp, key, s.Targets, s.Shape, s.Parameters,
            s.BaseYear, s.Deadline, s.Options), InputProblem.Unanswerable);
        var (results, shape) = (report.Results, PathShapes.Name(s.Shape));
        var title = spread
            ? Invariant($"{count:#,0} more service members spread by {key.ToString().ToLowerInvariant()} over {results.Count} allies by {s.Deadline}; set against the {shape} paths to each ally's target ({s.Rules.Id})")
            : Invariant($"{results[0].Cost.Ally.Name} ({results[0].Cost.Ally.Code}): {count:#,0} more service members by {s.Deadline} ({ramp.ToString().ToLowerInvariant()} ramp), against the {shape} path to {results[0].Cost.Path!.Target.Percent:0.00}% ({s.Rules.Id})");
        var name = spread ? "allies" : picked[0].Code.Value.ToLowerInvariant();
        return new Result(report.Table, report.ToAnswer(), s.Data.Edition, report, title, Invariant($"natospend-personnel-{name}-add-{count:0}-by-{s.Deadline}-{shape}"));
    }
}
