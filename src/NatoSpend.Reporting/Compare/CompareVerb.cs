using System.Globalization;
using NatoSpend.Data.Editions;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Measures;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Text;
using NatoSpend.Domain.World;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Measures;
using NatoSpend.Reporting.Paths;
using static System.FormattableString;

namespace NatoSpend.Reporting.Compare;

/// <summary><c>natospend compare</c> and <c>GET /api/v1/compare</c>: one year as several editions publish it, NATO beside SIPRI (never merged), or projections across IMF outlooks.</summary>
public static class CompareVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Source"><c>nato</c> (default), <c>sipri</c> or <c>outlooks</c>.</param>
    /// <param name="Year">The year to compare (nato and sipri).</param>
    /// <param name="Editions">The editions to set side by side, comma-separated (default: every NATO edition covering the year); with sipri, the NATO edition and the SIPRI release (default: the newest of each).</param>
    /// <param name="Allies">Allies: codes or a group (default: all); with sipri, also any other country SIPRI ships, such as RUS, CHN or UKR.</param>
    /// <param name="Outlooks">With outlooks: the WEO vintages, comma-separated (default: every shipped one, oldest first).</param>
    /// <param name="Path">With outlooks: the rule set, target, shape and deadline of the path compared.</param>
    /// <param name="Prices">With nato and sipri: <c>current</c> (default) or <c>ppp</c>, which adds each dataset's spending at GDP-wide purchasing-power parity.</param>
    public sealed record Request(string? Source, string? Year, string? Editions, string? Allies, string? Outlooks, PathInput Path, string? Prices = null);

    /// <summary>The comparison.</summary>
    /// <param name="Table">The table.</param>
    /// <param name="Answer">An <see cref="EditionsComparisonAnswer"/> or an <see cref="OutlooksComparisonAnswer"/>.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    /// <param name="Datasets">The editions compared, oldest first (the newest NATO edition alone for outlooks).</param>
    /// <param name="Sources">The outlooks' sources, for a citation.</param>
    public sealed record Result(ReportTable Table, object Answer, string Title, string FileName, IReadOnlyList<EditionData> Datasets, IReadOnlyList<string> Sources);

    /// <summary>Checks the request, loads what it names and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var source = (request.Source ?? "nato").Trim().ToLowerInvariant();
        var basis = Prices.Read(request.Prices, face);
        // Beside SIPRI, any country SIPRI ships can be named (RUS, CHN, UKR); NATO's editions know only allies.
        var picked = source == "sipri" ? null : Input.Read(() => UserInput.Allies(request.Allies ?? "all"));
        if (source == "outlooks")
        {
            if (basis == PriceBasis.Ppp)
            {
                throw new InputException($"The prices 'ppp' given to {face.Name("prices")} apply to spending that compare sets side by side with {face.Name("source")} nato or sipri, not to the projections of {face.Name("source")} outlooks; leave {face.Name("prices")} out or use another source.");
            }
            return Outlooks(request, sources, face, picked!);
        }
        if (source is not ("nato" or "sipri"))
        {
            throw new InputException($"The source '{request.Source}' is not one compare knows; use nato, sipri or outlooks.");
        }
        var yearText = request.Year
            ?? throw new InputException($"compare needs {face.Name("year")} with {face.Name("source")} nato or sipri, such as {face.Example("year", "2024")}.");
        Input.Read(() => { TypedNumber.RefuseComma(yearText, $"The year '{yearText}'", v => v is >= 1949m and <= 2100m && v == decimal.Truncate(v), "2024", whole: true); return true; });
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new InputException($"The year '{yearText}' is not a year; give one such as 2024.");
        }
        var datasets = Datasets(sources, face, request.Editions, source, year);
        var countries = picked is not null
            ? [.. picked.Select(Country.Of)]
            : Input.Read(() => Country.Resolve(request.Allies ?? "all", sources.Catalog.LoadSipri(datasets[^1].Edition.Id)));
        var table = EditionComparison.Build(datasets, year, countries);
        var lens = sources.Lens();
        if (basis == PriceBasis.Ppp)
        {
            table = ComparePpp.Append(table, datasets, year, lens);
        }
        var names = string.Join(", ", datasets.Select(d => d.Edition.Publisher + " " + d.Edition.Id));
        var ppp = basis == PriceBasis.Ppp ? Invariant($", with spending at GDP-wide PPP (international dollars, {lens.Vintage} PPPEX; not a military price index)") : "";
        return new Result(table, new EditionsComparisonAnswer(year, [.. datasets.Select(d => EditionAnswer.Of(d.Edition))], RowAnswer.Of(table), ColumnAnswer.Of(table), table.Notes,
                Prices.Answer(basis, lens.Vintage)),
            $"{year} as published in {names}{ppp}", Invariant($"natospend-compare-{source}-{year}{(basis == PriceBasis.Ppp ? "-ppp" : "")}"), datasets,
            basis == PriceBasis.Ppp ? [lens.Source] : []);
    }

    private static Result Outlooks(Request request, DataSources sources, Face face, IReadOnlyList<Domain.Allies.Ally> picked)
    {
        var setup = PathSetup.Resolve(request.Path with { Edition = null, FromYear = null, Growth = null, Rates = null, Outlook = null, ExchangeRates = null }, sources, face);
        var ids = request.Outlooks?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? [.. sources.Catalog.Outlooks.Reverse().Select(o => o.Id)];
        var macro = ids.Select(id => sources.Outlook(id)).ToArray();
        var table = Input.Read(() => OutlookComparison.Build(setup.Data, macro, picked, setup.Targets, setup.Shape, setup.Parameters,
            setup.BaseYear, setup.Deadline, ProjectionOptions.Default));
        var shape = PathShapes.Name(setup.Shape);
        var answer = new OutlooksComparisonAnswer([.. macro.Select(OutlookAnswer.Of)], setup.Rules.Id, shape, setup.Deadline, setup.Data.Edition.Id,
            RowAnswer.Of(table), ColumnAnswer.Of(table), table.Notes);
        return new Result(table, answer,
            $"Projections on {string.Join(", ", macro.Select(m => m.Vintage))}: GDP and the money the {shape} path to {setup.Rules.Id}'s target requires by {setup.Deadline}",
            Invariant($"natospend-compare-outlooks-{setup.Rules.Id}-{setup.Deadline}"), [setup.Data], [.. macro.Select(m => m.Source)]);
    }

    private static List<EditionData> Datasets(DataSources sources, Face face, string? editions, string source, int year)
    {
        var catalog = sources.Catalog;
        var ids = editions?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (source == "nato")
        {
            ids ??= [.. catalog.NatoEditions.Reverse().Where(e => catalog.Load(e.Id).Years.Contains(year)).Select(e => e.Id)];
            return [.. ids.Select(id => sources.Edition(id, face))];
        }
        // --editions may name the SIPRI release (sipri-2024) beside the NATO edition; the newest of each by default.
        bool IsSipri(string id) => catalog.SipriReleases.Any(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));
        var natoIds = ids?.Where(id => !IsSipri(id)).ToList();
        var nato = sources.Edition(natoIds is { Count: > 0 } ? natoIds[^1] : null, face);
        var sipri = ids?.LastOrDefault(IsSipri) is { } named ? catalog.FindSipri(named)
            : catalog.SipriReleases.FirstOrDefault()
            ?? throw new InputException("The data folder has no SIPRI dataset; add one to editions.json or compare NATO editions.", InputProblem.Unanswerable);
        return [nato, catalog.Load(sipri.Id)];
    }
}
