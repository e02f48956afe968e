using System.Globalization;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Measures;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Measures;
using NatoSpend.Reporting.Ukraine;
using static System.FormattableString;

namespace NatoSpend.Reporting.Status;

/// <summary><c>natospend status</c> and <c>GET /api/v1/status</c>: where each ally stands in a year of an edition, against a target.</summary>
public static class StatusVerb
{
    /// <summary>What the user asked for, as typed; <c>null</c> takes the default.</summary>
    /// <param name="Edition">The NATO edition (default the newest).</param>
    /// <param name="Year">The year (default the edition's latest).</param>
    /// <param name="Target">The target share of GDP in percent (default 2).</param>
    /// <param name="Allies">ISO3 codes or a group (default all).</param>
    /// <param name="Sort">The column to sort by (default share).</param>
    /// <param name="Ukraine"><c>true</c> to add Kiel's aid columns (default false).</param>
    /// <param name="Prices"><c>current</c> (default) or <c>ppp</c>: with ppp, spending is also shown at GDP-wide purchasing-power parity.</param>
    public sealed record Request(string? Edition, string? Year, string? Target, string? Allies, string? Sort, string? Ukraine, string? Prices = null);

    /// <summary>The report, with the answer in the form asked for.</summary>
    /// <param name="Report">The status report.</param>
    /// <param name="Table">Its table, with Kiel's aid columns when asked for.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="WithAid">Whether Kiel's aid columns were asked for.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(StatusReport Report, ReportTable Table, StatusAnswer Answer, bool WithAid, string Title, string FileName);

    /// <summary>Checks the request, builds the report and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var goal = Input.Read(() => UserInput.Target(request.Target ?? "2"));
        var picked = Input.Read(() => UserInput.Allies(request.Allies ?? "all"));
        var order = Input.Read(() => UserInput.Sort(request.Sort ?? "share"));
        var withAid = WithAid(request.Ukraine, face);
        var basis = Prices.Read(request.Prices, face);
        var data = sources.Edition(request.Edition, face);
        // A whole number that the edition does not cover is well formed but unanswerable; anything else is malformed.
        var yearProblem = int.TryParse(request.Year, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? InputProblem.Unanswerable : InputProblem.Malformed;
        var report = StatusReport.Build(data, Input.Read(() => UserInput.Year(request.Year, data), yearProblem), goal, picked, order);
        var lens = sources.Lens();
        var table = WithMeasures(StatusTable.Build(report), report, data, sources, lens, basis);
        if (withAid)
        {
            table = Input.Read(() => UkraineReport.WithAidColumns(table, report, sources.Ukraine, data), InputProblem.Unanswerable);
        }
        var estimate = report.Rows.Any(r => r.Estimate) ? "e" : "";
        var ppp = basis == PriceBasis.Ppp ? Invariant($"; spending also at GDP-wide PPP, international dollars ({lens.Vintage} PPPEX; not a military price index)") : "";
        return new Result(report, table, StatusAnswer.Of(report, table, Prices.Answer(basis, lens.Vintage)), withAid,
            Invariant($"Defence spending {report.Year}{estimate}, NATO edition {report.Edition.Id} ({report.Edition.DefinitionLabel}), target {report.Target.Percent}% of GDP{ppp}"),
            Invariant($"natospend-status-{report.Year}-edition-{report.Edition.Id}{(withAid ? "-ukraine" : "")}{(basis == PriceBasis.Ppp ? "-ppp" : "")}"));
    }

    // Per capita, per service member and share of government expenditure on every view; PPP when asked for.
    private static ReportTable WithMeasures(ReportTable table, StatusReport report, EditionData data, DataSources sources, WeoLens lens, PriceBasis basis)
    {
        var personnel = new PersonnelLookup(data, sources.WorldBankPersonnel);
        var rows = report.Rows.Select(r =>
        {
            var code = r.Ally.Code.Value;
            var usd = r.SpendingUsd?.Millions;
            var (persons, source) = personnel.Find(code, report.Year);
            var measures = SpendingMeasures.Of(code, report.Year, usd, persons, lens);
            return new MeasureColumns.Row(measures, source, MeasureColumns.PppNote(code, report.Year, usd, measures, lens));
        }).ToArray();
        return MeasureColumns.Append(table, rows, basis, lens.Vintage, Invariant($"NATO's spending in USD (edition {report.Edition.Id}, current prices and exchange rates)"));
    }

    private static bool WithAid(string? text, Face face) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" => false,
        "true" => true,
        _ => throw new InputException(
            $"The value '{text}' given to {face.Name("ukraine")} is not true or false; give {(face.IsCli ? "--ukraine" : "ukraine=true")} to add Kiel's aid columns."),
    };
}
