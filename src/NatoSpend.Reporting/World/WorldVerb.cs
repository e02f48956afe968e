using System.Globalization;
using NatoSpend.Domain.Text;
using NatoSpend.Domain.World;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Inputs;
using static System.FormattableString;

namespace NatoSpend.Reporting.World;

/// <summary><c>natospend world</c> and <c>GET /api/v1/world</c>: the world beside the alliance in one year of one SIPRI release.</summary>
public static class WorldVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Year">The year (default: the release's latest).</param>
    /// <param name="Release">The SIPRI release, such as <c>sipri-2024</c> (default: the newest).</param>
    public sealed record Request(string? Year, string? Release);

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
        var release = sources.Catalog.LoadSipri(ReleaseId(request.Release, sources, face));
        var year = Year(request.Year, release, face);
        var view = WorldView.Build(release, year);
        var rows = WorldTable.Rows(view);
        var table = WorldTable.Build(view, rows);
        var answer = new WorldAnswer(year, EditionAnswer.Of(release.Edition), release.Vintage, release.ConstantPricesYear, rows, ColumnAnswer.Of(table), table.Notes);
        return new Result(table, answer, Invariant($"The world beside the alliance in {year}: SIPRI military expenditure, release {release.Edition.Id}"),
            Invariant($"natospend-world-{release.Edition.Id}-{year}"), release);
    }

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
