using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Status;
using static System.FormattableString;

namespace NatoSpend.Reporting.Editions;

/// <summary>One year as several datasets publish it, side by side: NATO editions (revisions) or NATO beside SIPRI. Never merged.</summary>
public static class EditionComparison
{
    /// <summary>Builds the comparison; the revision column is the last dataset minus the first, in pp.</summary>
    /// <exception cref="ArgumentException">Fewer than two datasets, or none has figures for the year.</exception>
    public static ReportTable Build(IReadOnlyList<EditionData> datasets, int year, IReadOnlyList<Ally> allies)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        ArgumentNullException.ThrowIfNull(allies);
        if (datasets.Count < 2)
        {
            throw new ArgumentException(Invariant($"A comparison needs at least two datasets, but {datasets.Count} was given; name two editions, such as --editions 2025,2026."), nameof(datasets));
        }
        var lacking = datasets.Where(d => !allies.Any(a => d.Find(a.Code, Metric.DefenceShareOfGdp, year) is not null)).ToArray();
        if (lacking.Length > 0)
        {
            throw new ArgumentException(Invariant(
                $"{string.Join(" and ", lacking.Select(d => d.Edition.Id))} has no share of GDP for {year}; compare a year every dataset covers ({string.Join("; ", datasets.Select(d => $"{d.Edition.Id}: {d.FirstYear}-{d.LastYear}"))})."), nameof(year));
        }
        var first = datasets[0];
        var last = datasets[^1];
        var columns = new List<ReportColumn>
        {
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label),
        };
        foreach (var d in datasets)
        {
            columns.Add(new ReportColumn(Key(d), Invariant($"{d.Edition.Id} %"), Invariant($"% of GDP, {d.Edition.Publisher} {d.Edition.Id} ({d.Edition.DefinitionLabel})"), Provenance.Published,
                Source: Invariant($"{d.Edition.Publisher}, {d.Edition.Title}, edition {d.Edition.Id}, published {d.Edition.Published:yyyy-MM-dd}; definition: {d.Edition.DefinitionLabel}; prices: {d.Edition.Prices}. {d.Edition.Url}")));
            columns.Add(new ReportColumn(Key(d) + "_estimate", "Est.", null, Provenance.Label));
        }
        columns.Add(new ReportColumn("revision_pp", Invariant($"{last.Edition.Id} − {first.Edition.Id} pp"),
            Invariant($"percentage points, {last.Edition.Id} minus {first.Edition.Id}"), Provenance.Derived));

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var ally in allies)
        {
            var values = datasets.Select(d => d.Find(ally.Code, Metric.DefenceShareOfGdp, year)).ToArray();
            if (values.All(v => v is null))
            {
                continue;
            }
            var row = new List<object?> { ally.Code.Value, ally.Name, year };
            foreach (var v in values)
            {
                row.Add(v?.Value);
                row.Add(v?.Estimate);
            }
            row.Add(values[0] is { } a && values[^1] is { } b ? b.Value - a.Value : null);
            rows.Add(row);
        }

        var notes = new List<string>();
        foreach (var threshold in StatusReport.StandardThresholds)
        {
            var counts = datasets.Select(d =>
            {
                var shares = allies.Select(a => d.Share(a.Code, year)).Where(s => s is not null).Select(s => s!.Value).ToArray();
                return Invariant($"{d.Edition.Id}: {shares.Count(s => s.Meets(threshold))} of {shares.Length}");
            });
            notes.Add(Invariant($"At or above {threshold.Percent}% in {year}: {string.Join("; ", counts)} (2-decimal rounding)."));
        }
        if (datasets.Select(d => d.Edition.Definition).Distinct().Count() > 1)
        {
            notes.Add("The datasets use different definitions (see each column's unit): the figures stand side by side and are never merged; a difference is a difference of definition as much as of data.");
        }
        notes.Add("Derived (calculated by NatoSpend): the difference in pp.");
        notes.AddRange(datasets.Select(d => d.Edition.SourceLine));
        return new ReportTable(columns, rows, notes);
    }

    private static string Key(EditionData d) => "share_" + d.Edition.Id.Replace('-', '_');
}
