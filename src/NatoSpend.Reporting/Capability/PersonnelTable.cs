using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using static System.FormattableString;

namespace NatoSpend.Reporting.Capability;

/// <summary>An ally's personnel economics from NATO's tables, year by year: what a service member costs, and what equipment spending there is per member.</summary>
/// <remarks>Every figure but personnel and the category shares is derived: personnel spending = personnel share × spending (docs/domain.md §3).</remarks>
public static class PersonnelTable
{
    /// <summary>Builds the table for every year the edition covers; years without personnel or shares leave the derived cells absent.</summary>
    /// <exception cref="ArgumentException">The edition has no figures for the ally.</exception>
    public static ReportTable Build(EditionData data, Ally ally)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ally);
        if (!data.Covers(ally.Code))
        {
            throw new ArgumentException(Invariant($"{ally.Name} ({ally.Code}) has {ally.NoDataReason ?? "no figures in edition " + data.Edition.Id}; pick another ally."), nameof(ally));
        }
        var cur = ally.Currency.Code;
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label),
            new("estimate", "Est.", null, Provenance.Label),
            new("military_personnel_thousands", "Personnel (k)", "thousands (NATO Table 7)", Provenance.Published, 1),
            new("personnel_share_pct", "Pers. %", "% of defence expenditure (NATO Table 8a)", Provenance.Published, 1),
            new("equipment_share_pct", "Equip. %", "% of defence expenditure (NATO Table 8a)", Provenance.Published, 1),
            new("personnel_spending_natcur_m", Invariant($"Personnel spending (m {cur})"), Invariant($"million {cur}, current prices: personnel share × spending"), Provenance.Derived, 0),
            new("per_member_natcur", Invariant($"Per member ({cur})"), Invariant($"{cur} per service member a year, current prices"), Provenance.Derived, 0),
            new("per_member_usd", "Per member (USD)", "USD per service member a year, current prices and exchange rates", Provenance.Derived, 0),
            new("per_member_usd_2021", "Per member (USD 2021)", "USD per service member a year, constant 2021 prices and exchange rates", Provenance.Derived, 0),
            new("equipment_per_member_natcur", Invariant($"Equipment per member ({cur})"), Invariant($"{cur} of equipment spending per service member, current prices"), Provenance.Derived, 0),
            new("equipment_per_member_usd", "Equipment per member (USD)", "USD of equipment spending per service member, current prices", Provenance.Derived, 0),
            new("edition", "Edition", null, Provenance.Label),
            new("definition", "Definition", null, Provenance.Label),
            new("prices", "Prices", null, Provenance.Label),
        ];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var year in data.Years)
        {
            var personnel = data.Value(ally.Code, Metric.MilitaryPersonnel, year);
            if (personnel is null)
            {
                continue;
            }
            var members = personnel.Value * 1000m;
            var personnelShare = data.Value(ally.Code, Metric.PersonnelShare, year);
            var equipmentShare = data.Value(ally.Code, Metric.EquipmentShare, year);
            var nat = data.Value(ally.Code, Metric.DefenceNatcurCurrent, year);
            var usd = data.Value(ally.Code, Metric.DefenceUsdCurrent, year);
            var usd2021 = data.Value(ally.Code, Metric.DefenceUsdConst2021, year);
            decimal? Per(decimal? spendingM, decimal? sharePct) =>
                spendingM is { } s && sharePct is { } p && members > 0m ? Math.Round(s * 1_000_000m * p / 100m / members, 0) : null;
            rows.Add(
            [
                ally.Code.Value, year, data.Find(ally.Code, Metric.MilitaryPersonnel, year)!.Estimate,
                personnel, personnelShare, equipmentShare,
                nat is { } n && personnelShare is { } ps ? Math.Round(n * ps / 100m, 1) : null,
                Per(nat, personnelShare), Per(usd, personnelShare), Per(usd2021, personnelShare),
                Per(nat, equipmentShare), Per(usd, equipmentShare),
                data.Edition.Id, data.Edition.DefinitionLabel, data.Edition.Prices,
            ]);
        }
        string[] notes =
        [
            "Derived (calculated by NatoSpend): personnel spending = personnel share × defence spending; per member = that ÷ military personnel; equipment per member likewise with the equipment share. Absent (–) where NATO publishes no share.",
            "Military personnel and the shares are NATO's; personnel spending includes pensions as NATO's definition does, so the cost per member is an average, not the marginal cost of one more soldier.",
            data.Edition.SourceLine,
        ];
        return new ReportTable(columns, rows, notes);
    }
}
