using System.Globalization;
using NatoSpend.Data.Editions;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Answers;

namespace NatoSpend.Reporting.Editions;

/// <summary>The datasets that ship, as JSON (<c>natospend editions --format json</c>, <c>GET /api/v1/editions</c>).</summary>
/// <param name="Default">The id of the edition used when none is named (the newest NATO edition).</param>
/// <param name="Editions">Every dataset's provenance: NATO editions newest first, SIPRI, the IMF outlooks.</param>
public sealed record CatalogAnswer(string Default, IReadOnlyList<EditionAnswer> Editions);

/// <summary>One dataset's provenance with the years and metrics it covers, as JSON (<c>GET /api/v1/editions/2026</c>).</summary>
/// <param name="Id">The dataset's id, such as <c>2026</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Publisher">Its publisher.</param>
/// <param name="Published">Its publication date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Cutoff">Its data cut-off date, when known.</param>
/// <param name="Definition">The definition its figures follow.</param>
/// <param name="Prices">The prices its figures are in.</param>
/// <param name="Url">Where it is published.</param>
/// <param name="Terms">Its terms of use.</param>
/// <param name="Coverage">What it covers.</param>
/// <param name="Kind"><c>nato</c> or <c>sipri</c>.</param>
/// <param name="IsDefault">Whether it is the edition used when none is named.</param>
/// <param name="FirstYear">The first year with figures.</param>
/// <param name="LastYear">The last year with figures.</param>
/// <param name="Years">Every year with figures.</param>
/// <param name="EstimateYears">The years it marks as estimates.</param>
/// <param name="Metrics">The metrics it publishes.</param>
/// <param name="SourceLine">The line that cites it under a table.</param>
public sealed record EditionDetailAnswer(string Id, string Title, string Publisher, string Published, string? Cutoff, string Definition, string Prices,
    string Url, string Terms, string Coverage, string Kind, bool IsDefault, int FirstYear, int LastYear, IReadOnlyList<int> Years,
    IReadOnlyList<int> EstimateYears, IReadOnlyList<MetricAnswer> Metrics, string SourceLine)
{
    /// <summary>A loaded dataset's entry as an answer.</summary>
    public static EditionDetailAnswer Of(EditionEntry entry, EditionData data, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(data);
        var e = entry.Edition;
        return new EditionDetailAnswer(e.Id, e.Title, e.Publisher, e.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.CutOff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DefinitionLabel, e.Prices, e.Url.ToString(), e.Terms, e.Coverage,
            entry.Kind.ToString().ToLowerInvariant(), isDefault, data.FirstYear, data.LastYear, [.. data.Years], [.. data.EstimateYears],
            [.. data.Metrics.Select(m => MetricInfo.Of(m)).Select(i => new MetricAnswer(i.FileName, i.Unit, i.Table))], e.SourceLine);
    }
}

/// <summary>A metric a dataset publishes.</summary>
/// <param name="Key">Its key in the data files and in answers.</param>
/// <param name="Unit">Its unit; <c>{currency}</c> stands for the ally's currency.</param>
/// <param name="Table">The table of the publication it comes from.</param>
public sealed record MetricAnswer(string Key, string Unit, string Table);
