using NatoSpend.Domain.Editions;
using static System.FormattableString;

namespace NatoSpend.Reporting.Changes;

/// <summary>Lays out what changed between two editions as tables, the same for the terminal, CSV, the API and the dashboard.</summary>
public static class ChangesTables
{
    /// <summary>The largest revisions: one ally and year, as each edition publishes it.</summary>
    public static ReportTable Revisions(EditionData older, EditionData newer, IReadOnlyList<Revision> revisions)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(revisions);
        var (o, n) = (older.Edition.Id, newer.Edition.Id);
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label, 0),
            Share("older_share", o, older),
            new("older_estimate", "Est.", null, Provenance.Label),
            Share("newer_share", n, newer),
            new("newer_estimate", "Est.", null, Provenance.Label),
            new("revision_pp", "Revision pp", Invariant($"percentage points, edition {n} minus edition {o}, same ally and year"), Provenance.Derived),
            new("revision_pct", "Revision %", Invariant($"% of edition {o}'s figure"), Provenance.Derived, 1),
        ];
        var rows = revisions.Select(r => (IReadOnlyList<object?>)
        [
            r.Ally.Code.Value, r.Ally.Name, r.Year, r.Older.Value, r.Older.Estimate, r.Newer.Value, r.Newer.Estimate, r.Pp,
            r.Pct is { } pct ? Math.Round(pct, 2, MidpointRounding.AwayFromZero) : null,
        ]).ToArray();
        return new ReportTable(columns, rows, []);
    }

    /// <summary>The largest moves of each ally's latest published share, each edition's latest year for the ally.</summary>
    public static ReportTable Movers(EditionData older, EditionData newer, IReadOnlyList<Move> moves)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(moves);
        var (o, n) = (older.Edition.Id, newer.Edition.Id);
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("older_year", Invariant($"{o} ed. year"), null, Provenance.Label, 0),
            Share("older_share", o, older),
            new("older_estimate", "Est.", null, Provenance.Label),
            new("newer_year", Invariant($"{n} ed. year"), null, Provenance.Label, 0),
            Share("newer_share", n, newer),
            new("newer_estimate", "Est.", null, Provenance.Label),
            new("change_pp", "Change pp", Invariant($"percentage points, the latest share in edition {n} minus the latest in edition {o}"), Provenance.Derived),
        ];
        var rows = moves.Select(m => (IReadOnlyList<object?>)
        [
            m.Ally.Code.Value, m.Ally.Name, m.Older.Year, m.Older.Value, m.Older.Estimate, m.Newer.Year, m.Newer.Value, m.Newer.Estimate, m.Pp,
        ]).ToArray();
        return new ReportTable(columns, rows, []);
    }

    /// <summary>Allies at or above each threshold per year, as each edition publishes it (shares rounded to 2 decimals, as NATO counts).</summary>
    public static ReportTable Counts(EditionData older, EditionData newer, IReadOnlyList<CountMove> counts)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(counts);
        var (o, n) = (older.Edition.Id, newer.Edition.Id);
        const string Rule = "allies at or above the threshold, shares rounded to 2 decimals as NATO counts";
        ReportColumn[] columns =
        [
            new("year", "Year", null, Provenance.Label, 0),
            new("threshold_pct", "At or above %", "% of GDP", Provenance.Label, 1),
            new("older_at_or_above", Invariant($"{o} ed. allies"), Invariant($"{Rule}, edition {o}"), Provenance.Derived, 0),
            new("older_of", Invariant($"{o} ed. of"), Invariant($"allies with a figure in edition {o}"), Provenance.Derived, 0),
            new("newer_at_or_above", Invariant($"{n} ed. allies"), Invariant($"{Rule}, edition {n}"), Provenance.Derived, 0),
            new("newer_of", Invariant($"{n} ed. of"), Invariant($"allies with a figure in edition {n}"), Provenance.Derived, 0),
            new("change", "Change", Invariant($"allies, edition {n} minus edition {o}"), Provenance.Derived, 0),
        ];
        var rows = counts.Select(c => (IReadOnlyList<object?>)
        [
            c.Year, c.Threshold.Percent, c.Older?.AtOrAbove, c.Older?.Of, c.Newer?.AtOrAbove, c.Newer?.Of, c.Change,
        ]).ToArray();
        return new ReportTable(columns, rows, []);
    }

    /// <summary>The lines under the tables: what a revision and a move are, definitions, derivations, both sources.</summary>
    public static IReadOnlyList<string> Notes(EditionData older, EditionData newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var (o, n) = (older.Edition.Id, newer.Edition.Id);
        var notes = new List<string>
        {
            Invariant($"Revisions: the same ally and year as edition {o} and edition {n} publish it; movers: each ally's latest share in each edition (its own latest year there); counts: allies at or above 2%, 3.5% and 5% of GDP in each edition, shares rounded to 2 decimals as NATO counts, out of the allies the edition gives a figure for."),
            "Every share of GDP is as published in its edition; the editions are never spliced into one series.",
        };
        if (older.Edition.Definition != newer.Edition.Definition)
        {
            notes.Add(Invariant($"Edition {o} uses the {older.Edition.DefinitionLabel} definition and edition {n} the {newer.Edition.DefinitionLabel} definition: a difference is a change of definition as much as a revision of data."));
        }
        if (older.Edition.Prices != newer.Edition.Prices)
        {
            notes.Add(Invariant($"Prices: edition {o}, {older.Edition.Prices}; edition {n}, {newer.Edition.Prices}."));
        }
        notes.Add("Derived (calculated by NatoSpend): the revision in pp and %, the change in pp, the counts and their change.");
        notes.Add(older.Edition.SourceLine);
        notes.Add(newer.Edition.SourceLine);
        return notes;
    }

    private static ReportColumn Share(string key, string id, EditionData data) =>
        new(key, Invariant($"{id} ed. %"), Invariant($"% of GDP, NATO edition {id} ({data.Edition.DefinitionLabel}), as published"), Provenance.Published,
            Source: Invariant($"{data.Edition.Publisher}, {data.Edition.Title}, edition {id}, published {data.Edition.Published:yyyy-MM-dd}; definition: {data.Edition.DefinitionLabel}; prices: {data.Edition.Prices}. {data.Edition.Url}"));
}
