using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Reporting;

namespace NatoSpend.Reporting.Allies;

/// <summary>The registry of allies as a table: code, name, accession, currency, groups, and why an ally has no figures.</summary>
public static class AllyTable
{
    /// <summary>One row per ally, in NATO's alphabetical order.</summary>
    public static ReportTable Build()
    {
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("accession_year", "Joined", null, Provenance.Label, 0),
            new("currency", "Cur.", null, Provenance.Label),
            new("eu_member", "EU", null, Provenance.Label),
            new("in_europe", "NATO Europe", null, Provenance.Label),
            new("has_expenditure_data", "Figures", null, Provenance.Label),
            new("no_data_reason", "Why no figures", null, Provenance.Label),
        ];
        var rows = AllyRegistry.All.Select(a => (IReadOnlyList<object?>)
        [
            a.Code.Value, a.Name, a.AccessionYear, a.Currency.Code, a.EuMember, a.InEurope, a.HasExpenditureData, a.NoDataReason,
        ]).ToArray();
        return new ReportTable(columns, rows,
        [
            "NATO Europe: every ally but the United States and Canada; groups accepted as 'allies': " + string.Join(", ", AllyRegistry.GroupNames) + ".",
            "Currency: the one NATO reports the ally's spending in (2026 edition).",
        ]);
    }
}
