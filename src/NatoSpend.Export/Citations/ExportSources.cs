using NatoSpend.Domain.Editions;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Export.Citations;

/// <summary>What an exported file says about where its figures come from: the second sheet of a workbook, the foot of a chart, the methods of a report.</summary>
/// <param name="Title">What the file shows, in a line.</param>
/// <param name="Command">The <c>natospend</c> command that makes it again.</param>
/// <param name="Edition">The NATO (or SIPRI) edition the figures come from, or <c>null</c> when none does.</param>
/// <param name="Assumptions">The assumptions of derived figures (GDP growth, exchange rates, the rule set), one a line.</param>
/// <param name="OtherSources">Further sources (a plan's announcement, a rule set's declaration, the IMF WEO, Kiel), one a line.</param>
public sealed record ExportSources(string Title, string Command, Edition? Edition, IReadOnlyList<string> Assumptions, IReadOnlyList<string> OtherSources)
{
    /// <summary>Sources with only a title, a command and an edition.</summary>
    public static ExportSources Of(string title, string command, Edition? edition) => new(title, command, edition, [], []);

    /// <summary>NatoSpend's name and version, as cited for derived values.</summary>
    public static string Tool { get; } = "NatoSpend " + (typeof(ExportSources).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "");
}
