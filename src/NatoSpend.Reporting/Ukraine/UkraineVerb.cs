using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Inputs;
using static System.FormattableString;

namespace NatoSpend.Reporting.Ukraine;

/// <summary><c>natospend ukraine</c> and <c>GET /api/v1/ukraine</c>: allies' military aid to Ukraine (Kiel) beside their NATO figures.</summary>
public static class UkraineVerb
{
    /// <summary>What the user asked for, as typed; <c>null</c> takes the default.</summary>
    /// <param name="Year">The year, 2022 on (default: the latest complete year in both the tracker and the edition).</param>
    /// <param name="Edition">The NATO edition (default the newest).</param>
    /// <param name="Allies">ISO3 codes or a group (default all).</param>
    public sealed record Request(string? Year, string? Edition, string? Allies);

    /// <summary>The aid table, with the answer in the form asked for.</summary>
    /// <param name="Report">The table and its totals.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Ledger">Kiel's tracker the aid comes from.</param>
    /// <param name="Data">The NATO edition beside it.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(UkraineResult Report, UkraineAnswer Answer, UkraineLedger Ledger, EditionData Data, string Title, string FileName);

    /// <summary>Checks the request, builds the table and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var picked = Input.Read(() => UserInput.Allies(request.Allies ?? "all"));
        var data = sources.Edition(request.Edition, face);
        var ledger = sources.Ukraine;
        var year = request.Year is { } text ? Input.Read(() => UserInput.TrackerYear(text, ledger)) : DefaultYear(ledger, data.LastYear);
        var report = Input.Read(() => UkraineReport.Build(ledger, data, year, picked), InputProblem.Unanswerable);
        return new Result(report, UkraineAnswer.Of(report, ledger, data.Edition), ledger, data,
            Invariant($"Military aid to Ukraine {ledger.YearLabel(year)}, Kiel {ledger.Release}, beside NATO edition {data.Edition.Id}"),
            Invariant($"natospend-ukraine-{year}-edition-{data.Edition.Id}"));
    }

    /// <summary>The year shown when the user names none: the latest year that both the tracker and the edition cover, if the tracker has all of it, else the year before.</summary>
    public static int DefaultYear(UkraineLedger ledger, int editionLastYear)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var latest = Math.Min(editionLastYear, ledger.LastYear);
        return ledger.IsComplete(latest) ? latest : latest - 1;
    }
}
