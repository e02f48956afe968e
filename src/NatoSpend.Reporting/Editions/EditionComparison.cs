using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Status;
using NatoSpend.Domain.World;
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
        ArgumentNullException.ThrowIfNull(allies);
        return Build(datasets, year, [.. allies.Select(Country.Of)]);
    }

    /// <summary>Builds the comparison of allies and, beside SIPRI, other countries SIPRI ships: a NATO edition's column stays empty for a country that is not an ally.</summary>
    /// <exception cref="ArgumentException">Fewer than two datasets, or one has no figure for the year for any country it could cover.</exception>
    public static ReportTable Build(IReadOnlyList<EditionData> datasets, int year, IReadOnlyList<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        ArgumentNullException.ThrowIfNull(countries);
        if (datasets.Count < 2)
        {
            throw new ArgumentException(Invariant($"A comparison needs at least two datasets, but {datasets.Count} was given; name two editions, such as --editions 2025,2026."), nameof(datasets));
        }
        // NATO publishes nothing for a country that is not an ally: its edition is held to the allies only.
        IEnumerable<Country> Coverable(EditionData d) => d.Edition.Definition == Definition.Sipri ? countries : countries.Where(c => c.IsAlly);
        var lacking = datasets.Where(d => Coverable(d).Any() && !Coverable(d).Any(c => d.Find(c.Code, Metric.DefenceShareOfGdp, year) is not null)).ToArray();
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
        foreach (var country in countries)
        {
            var values = datasets.Select(d => d.Find(country.Code, Metric.DefenceShareOfGdp, year)).ToArray();
            if (values.All(v => v is null))
            {
                continue;
            }
            var row = new List<object?> { country.Code, country.Name, year };
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
                var shares = countries.Select(c => d.Find(c.Code, Metric.DefenceShareOfGdp, year)).Where(o => o is not null).Select(o => ShareOfGdp.FromPercent(o!.Value)).ToArray();
                return shares.Length == 0 ? Invariant($"{d.Edition.Id}: no figures") : Invariant($"{d.Edition.Id}: {shares.Count(s => s.Meets(threshold))} of {shares.Length}");
            });
            notes.Add(Invariant($"At or above {threshold.Percent}% in {year}: {string.Join("; ", counts)} (2-decimal rounding)."));
        }
        var others = countries.Where(c => !c.IsAlly).ToArray();
        if (others.Length > 0)
        {
            notes.Add($"Not allies: {string.Join(", ", others.Select(c => $"{c.Code} ({c.Name})"))}. NATO publishes nothing for them, so a NATO edition's column is empty; SIPRI's figure stands alone, never merged with NATO's.");
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
