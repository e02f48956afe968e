using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Measures;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Measures;
using static System.FormattableString;

namespace NatoSpend.Reporting.Allies;

/// <summary><c>natospend ally POL</c> and <c>GET /api/v1/allies/POL/series</c>: one ally's whole series in an edition; and <c>GET /api/v1/allies</c>, the registry.</summary>
public static class AllyVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Ally">The ally's ISO3 code.</param>
    /// <param name="Edition">The NATO edition (default the newest).</param>
    public sealed record Request(string Ally, string? Edition);

    /// <summary>The series, with the answer in the form asked for.</summary>
    /// <param name="Ally">The ally.</param>
    /// <param name="Data">The edition.</param>
    /// <param name="Table">Every metric, one row per year.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(Ally Ally, EditionData Data, ReportTable Table, AllySeriesAnswer Answer, string Title, string FileName);

    /// <summary>The registry of allies as a table and an answer.</summary>
    /// <param name="Table">One row per ally.</param>
    /// <param name="Answer">The typed answer.</param>
    public sealed record ListResult(ReportTable Table, AlliesAnswer Answer);

    /// <summary>Checks the request and builds the ally's series.</summary>
    /// <exception cref="InputException">No ally has the code (not found), no edition has the id, or the edition has no figures for the ally (not found).</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var ally = Input.Read(() => UserInput.Ally(request.Ally), InputProblem.NotFound);
        var data = sources.Edition(request.Edition, face);
        var table = WithMeasures(Input.Read(() => AllySeriesTable.Build(data, ally), InputProblem.NotFound), ally, data, sources);
        var answer = new AllySeriesAnswer(ally.Code.Value, ally.Name, ally.Currency.Code, data.Edition.Id, EditionAnswer.Of(data.Edition),
            RowAnswer.Of(table), ColumnAnswer.Of(table), table.Notes);
        return new Result(ally, data, table, answer,
            Invariant($"{ally.Name} ({ally.Code}): every metric {data.FirstYear}-{data.LastYear}, NATO edition {data.Edition.Id}"),
            Invariant($"natospend-{ally.Code.Value.ToLowerInvariant()}-edition-{data.Edition.Id}"));
    }

    // Per capita, per service member and share of government expenditure, year by year, where the edition publishes spending in USD.
    private static ReportTable WithMeasures(ReportTable table, Ally ally, EditionData data, DataSources sources)
    {
        if (!data.Metrics.Contains(Metric.DefenceUsdCurrent))
        {
            return table;
        }
        var lens = sources.Lens();
        var personnel = new PersonnelLookup(data, sources.WorldBankPersonnel);
        var code = ally.Code.Value;
        var year = table.IndexOf("year");
        var rows = table.Rows.Select(r =>
        {
            var y = (int)r[year]!;
            var (persons, source) = personnel.Find(code, y);
            return new MeasureColumns.Row(SpendingMeasures.Of(code, y, data.Value(ally.Code, Metric.DefenceUsdCurrent, y), persons, lens), source, "");
        }).ToArray();
        return MeasureColumns.Append(table, rows, PriceBasis.Current, lens.Vintage, Invariant($"NATO's spending in USD (edition {data.Edition.Id}, current prices and exchange rates)"));
    }

    /// <summary>The 32 allies with code, name, accession, currency, groups and why an ally has no figures.</summary>
    public static ListResult List()
    {
        var table = AllyTable.Build();
        return new ListResult(table, AlliesAnswer.Of(table));
    }
}
