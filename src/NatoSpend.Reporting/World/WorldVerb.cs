using System.Globalization;
using NatoSpend.Domain.Measures;
using NatoSpend.Domain.Text;
using NatoSpend.Domain.World;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Measures;
using static System.FormattableString;

namespace NatoSpend.Reporting.World;

/// <summary><c>natospend world</c> and <c>GET /api/v1/world</c>: the world beside the alliance in one year of one SIPRI release.</summary>
public static class WorldVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Year">The year (default: the release's latest).</param>
    /// <param name="Release">The SIPRI release, such as <c>sipri-2024</c> (default: the newest).</param>
    /// <param name="Prices"><c>current</c> (default) or <c>ppp</c>: with ppp, every row is also shown at GDP-wide purchasing-power parity.</param>
    public sealed record Request(string? Year, string? Release, string? Prices = null);

    /// <summary>The world view.</summary>
    /// <param name="Table">The table.</param>
    /// <param name="Answer">The typed answer.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    /// <param name="Release">The release the figures come from.</param>
    public sealed record Result(ReportTable Table, WorldAnswer Answer, string Title, string FileName, SipriRelease Release);

    /// <summary>Checks the request, loads the release it names and shapes the answer.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var basis = Prices.Read(request.Prices, face);
        var release = sources.Catalog.LoadSipri(ReleaseId(request.Release, sources, face));
        var year = Year(request.Year, release, face);
        var view = WorldView.Build(release, year);
        var lens = sources.Lens();
        var measures = Measures(view, new PersonnelLookup(sources.Edition(null, face), sources.WorldBankPersonnel), lens);
        var rows = WorldTable.Rows(view, measures, basis);
        var table = WorldTable.Build(view, rows, measures, basis, lens.Vintage);
        var answer = new WorldAnswer(year, EditionAnswer.Of(release.Edition), release.Vintage, release.ConstantPricesYear, rows, ColumnAnswer.Of(table), table.Notes,
            Prices.Answer(basis, lens.Vintage));
        var ppp = basis == PriceBasis.Ppp ? Invariant($"; also at GDP-wide PPP, international dollars ({lens.Vintage} PPPEX; not a military price index)") : "";
        return new Result(table, answer, Invariant($"The world beside the alliance in {year}: SIPRI military expenditure, release {release.Edition.Id}{ppp}"),
            Invariant($"natospend-world-{release.Edition.Id}-{year}{(basis == PriceBasis.Ppp ? "-ppp" : "")}"), release);
    }

    // Each row's current-USD figure read through the WEO: a country on its own rates, a group member by member, and the personnel of NATO's edition (the groups' aggregates too) or the World Bank.
    private static MeasureColumns.Row[] Measures(WorldView view, PersonnelLookup personnel, WeoLens lens) => [.. view.Rows.Select(r =>
    {
        var year = view.Year;
        var (persons, source) = personnel.Find(r.Entity, year);
        if (r.Kind != WorldRowKind.Group)
        {
            var one = SpendingMeasures.Of(r.Entity, year, r.UsdCurrent.Value, persons, lens);
            return new MeasureColumns.Row(one, source, MeasureColumns.PppNote(r.Entity, year, r.UsdCurrent.Value, one, lens));
        }
        var members = r.UsdCurrent.Included.Select(m => (m, view.Release.Find(m, SipriIndicator.UsdCurrent, year)!.Value)).ToArray();
        var group = SpendingMeasures.OfGroup(members, year, persons, lens);
        var unconverted = members.Where(m => SpendingMeasures.PppFactorOf(lens.MarketRate(m.Item1, year), lens.PppRate(m.Item1, year)) is null).Select(m => m.Item1).ToArray();
        var note = group.PppMillions is null && unconverted.Length > 0
            ? Invariant($"no PPPEX (or NGDP and NGDPD) in IMF {lens.Vintage} for {year} for {string.Join(", ", unconverted)}: the group is not converted, never filled")
            : "";
        return new MeasureColumns.Row(group, source is null ? null : source + " (all allies)", note);
    })];

    private static string ReleaseId(string? text, DataSources sources, Face face)
    {
        var releases = sources.Catalog.SipriReleases.Select(e => e.Id).ToArray();
        if (releases.Length == 0)
        {
            throw new InputException("The data folder has no SIPRI release; add an entry of kind sipri to editions.json, as the shipped data has.", InputProblem.Unanswerable);
        }
        if (text is null)
        {
            return releases[0];
        }
        var id = text.Trim();
        var known = releases.FirstOrDefault(r => string.Equals(r, id, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }
        var other = sources.Catalog.Entries.FirstOrDefault(e => string.Equals(e.Edition.Id, id, StringComparison.OrdinalIgnoreCase));
        var what = other is null ? "not a SIPRI release NatoSpend ships" : $"{other.Edition.Publisher}'s dataset, not a SIPRI release";
        throw new InputException($"The release '{text}' given to {face.Name("release")} is {what}; world reads SIPRI's releases only, so use {string.Join(" or ", releases)} (the newest is the default).", InputProblem.NotFound);
    }

    private static int Year(string? text, SipriRelease release, Face face)
    {
        if (text is null)
        {
            return release.LastYear;
        }
        var name = face.Name("year");
        var latest = release.LastYear.ToString(CultureInfo.InvariantCulture);
        Input.Read(() =>
        {
            TypedNumber.RefuseComma(text, $"The year '{text}' given to {name}", v => v is >= 1949m and <= 2100m && v == decimal.Truncate(v) && release.Years.Contains((int)v), latest, whole: true);
            return true;
        });
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new InputException($"The year '{text}' given to {name} is not a year; give a whole year that SIPRI's release {release.Edition.Id} covers, such as {latest}.");
        }
        return release.Years.Contains(year)
            ? year
            : throw new InputException(Invariant($"The year {year} given to {name} is outside SIPRI's release {release.Edition.Id}, which covers {release.FirstYear}-{release.LastYear}; choose a year in that range, such as {latest}, or another release."),
                InputProblem.Unanswerable);
    }
}
