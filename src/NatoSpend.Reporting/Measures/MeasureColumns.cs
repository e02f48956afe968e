using NatoSpend.Domain.Measures;
using static System.FormattableString;

namespace NatoSpend.Reporting.Measures;

/// <summary>
/// The columns that read a spending figure other ways (PPP, per person, per service member, share of government expenditure),
/// appended to a view's table, each labelled with its unit and the WEO vintage it is derived with.
/// </summary>
public static class MeasureColumns
{
    /// <summary>The keys of the measure columns, for a face that leaves them out of a narrow table.</summary>
    public static IReadOnlyCollection<string> Keys { get; } =
        ["ppp_factor", "per_capita_usd", "per_service_member_usd", "per_capita_ppp", "per_service_member_ppp", "personnel_source", "share_of_gov_expenditure_pct", "gov_expenditure_pct_gdp"];

    /// <summary>The PPP columns a view asked for with prices ppp always shows.</summary>
    public static IReadOnlyCollection<string> PppKeys { get; } = ["spending_ppp_m", "ppp_note"];

    /// <summary>One row's measures, with where its personnel figure comes from.</summary>
    /// <param name="Measures">The measures.</param>
    /// <param name="PersonnelSource">The source of the personnel figure, or <c>null</c> when there is none.</param>
    /// <param name="PppNote">Why the row has no PPP figure, or empty.</param>
    public sealed record Row(SpendingMeasures Measures, string? PersonnelSource, string PppNote);

    /// <summary>A row's measures as shown (see <see cref="Show"/>).</summary>
    /// <param name="SpendingPppM">Million international dollars (ppp only).</param>
    /// <param name="PppFactor">International dollars per USD (ppp only).</param>
    /// <param name="PerCapitaUsd">USD per person (current only).</param>
    /// <param name="PerServiceMemberUsd">USD per service member (current only).</param>
    /// <param name="PerCapitaPpp">International dollars per person (ppp only).</param>
    /// <param name="PerServiceMemberPpp">International dollars per service member (ppp only).</param>
    /// <param name="PersonnelSource">The personnel figure's source.</param>
    /// <param name="ShareOfGovExpenditurePct">Percent of general government expenditure.</param>
    /// <param name="GovExpenditurePctGdp">General government expenditure, % of GDP, as the WEO publishes it.</param>
    /// <param name="PppNote">Why there is no PPP figure, or empty (ppp only).</param>
    public sealed record Shown(decimal? SpendingPppM, decimal? PppFactor, decimal? PerCapitaUsd, decimal? PerServiceMemberUsd, decimal? PerCapitaPpp,
        decimal? PerServiceMemberPpp, string? PersonnelSource, decimal? ShareOfGovExpenditurePct, decimal? GovExpenditurePctGdp, string? PppNote);

    /// <summary>The table with the measure columns appended, one <see cref="Row"/> per row in order, and the notes that say how they are derived.</summary>
    public static ReportTable Append(ReportTable table, IReadOnlyList<Row> rows, PriceBasis basis, string vintage, string spending)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var columns = Columns(basis, vintage, spending);
        var cells = table.Rows.Zip(rows, (r, m) => (IReadOnlyList<object?>)[.. r, .. Cells(m, basis)]).ToArray();
        return new ReportTable([.. table.Columns, .. columns], cells, [.. table.Notes, .. Notes(basis, vintage, spending)]);
    }

    /// <summary>The measure columns, labelled.</summary>
    public static IReadOnlyList<ReportColumn> Columns(PriceBasis basis, string vintage, string spending)
    {
        var money = new List<ReportColumn>();
        if (basis == PriceBasis.Ppp)
        {
            money.AddRange(
            [
                new("spending_ppp_m", "Spending (PPP intl$ m)", $"million international dollars, GDP-wide PPP (IMF {vintage} PPPEX; not a military price index); derived from {spending}", Provenance.Derived, 0),
                new("ppp_factor", "Intl$ per USD", $"international dollars per USD: (NGDP ÷ NGDPD) ÷ PPPEX, IMF {vintage}; derived", Provenance.Derived, 3),
                new("per_capita_ppp", "Per capita (PPP intl$)", $"international dollars per person, GDP-wide PPP; derived: spending at PPP ÷ population (IMF {vintage} LP)", Provenance.Derived, 0),
                new("per_service_member_ppp", "Per service member (PPP intl$)", "international dollars per service member, GDP-wide PPP; derived: spending at PPP ÷ military personnel (source in personnel_source)", Provenance.Derived, 0),
            ]);
        }
        else
        {
            money.AddRange(
            [
                new("per_capita_usd", "Per capita (USD)", $"USD per person, current prices and exchange rates; derived: {spending} ÷ population (IMF {vintage} LP)", Provenance.Derived, 0),
                new("per_service_member_usd", "Per service member (USD)", $"USD per service member, current prices and exchange rates; derived: {spending} ÷ military personnel (source in personnel_source)", Provenance.Derived, 0),
            ]);
        }
        return
        [
            .. money,
            new("personnel_source", "Personnel source", null, Provenance.Label,
                Source: "military personnel: NATO's Table 7 of the edition named (thousands, published), else World Bank, World Development Indicators, MS.MIL.TOTL.P1 (armed forces personnel, original source IISS, The Military Balance; ends 2016)"),
            new("share_of_gov_expenditure_pct", "% of gov. spending", $"% of general government total expenditure; derived: {spending} × (NGDP ÷ NGDPD) ÷ GGX, IMF {vintage}", Provenance.Derived),
            new("gov_expenditure_pct_gdp", "Gov. spending % GDP", $"general government total expenditure, % of GDP (IMF {vintage} GGX_NGDP)", Provenance.Published, 1,
                Source: $"IMF, World Economic Outlook database, {vintage}"),
            .. basis == PriceBasis.Ppp ? new ReportColumn[] { new("ppp_note", "PPP note", null, Provenance.Label) } : [],
        ];
    }

    /// <summary>A row's measures as shown, rounded for display once here so that a table, its CSV and a typed answer agree; the other basis's values are <c>null</c>.</summary>
    public static Shown Show(Row row, PriceBasis basis)
    {
        ArgumentNullException.ThrowIfNull(row);
        var m = row.Measures;
        var ppp = basis == PriceBasis.Ppp;
        return new Shown(
            ppp ? Round(m.PppMillions, 1) : null,
            ppp ? Round(m.PppFactor, 4) : null,
            ppp ? null : Round(m.PerCapitaUsd, 1),
            ppp ? null : Round(m.PerServiceMemberUsd, 0),
            ppp ? Round(m.PerCapitaPpp, 1) : null,
            ppp ? Round(m.PerServiceMemberPpp, 0) : null,
            (ppp ? m.PerServiceMemberPpp : m.PerServiceMemberUsd) is null ? null : row.PersonnelSource,
            Round(m.ShareOfExpenditurePct, 2),
            m.ExpenditureShareOfGdp,
            ppp ? row.PppNote : null);
    }

    private static IEnumerable<object?> Cells(Row row, PriceBasis basis)
    {
        var s = Show(row, basis);
        if (basis == PriceBasis.Ppp)
        {
            yield return s.SpendingPppM;
            yield return s.PppFactor;
            yield return s.PerCapitaPpp;
            yield return s.PerServiceMemberPpp;
        }
        else
        {
            yield return s.PerCapitaUsd;
            yield return s.PerServiceMemberUsd;
        }
        yield return s.PersonnelSource;
        yield return s.ShareOfGovExpenditurePct;
        yield return s.GovExpenditurePctGdp;
        if (basis == PriceBasis.Ppp)
        {
            yield return s.PppNote;
        }
    }

    /// <summary>What a row without a PPP figure says about it: empty when it has one or has no spending to convert.</summary>
    public static string PppNote(string country, int year, decimal? usd, SpendingMeasures measures, WeoLens weo)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(weo);
        if (usd is null || measures.PppMillions is not null)
        {
            return "";
        }
        return weo.PppRate(country, year) is null
            ? Invariant($"no PPPEX for {country} in {year} in IMF {weo.Vintage}: not converted, never filled")
            : Invariant($"no NGDP and NGDPD for {country} in {year} in IMF {weo.Vintage}: not converted, never filled");
    }

    private static IEnumerable<string> Notes(PriceBasis basis, string vintage, string spending)
    {
        if (basis == PriceBasis.Ppp)
        {
            yield return "Prices: GDP-wide PPP. " + Prices.Caveat;
            yield return "PPP: " + Prices.Formula + ". A row without PPPEX says so and is not converted.";
        }
        yield return Invariant($"Derived (calculated by NatoSpend) from {spending} and the IMF's {vintage}: per capita (÷ LP, population), per service member (÷ military personnel; NATO's Table 7 where the edition has it, else the World Bank's WDI series, which ends in 2016, as personnel_source says), share of general government expenditure (in national currency at the WEO's NGDP ÷ NGDPD, ÷ GGX). Absent inputs leave the measure absent, never filled.");
    }

    private static decimal? Round(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
