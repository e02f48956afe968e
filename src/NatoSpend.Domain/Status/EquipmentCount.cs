using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Status;

/// <summary>How many allies spend at least the Wales guideline's share of their defence expenditure on major equipment in a year.</summary>
/// <param name="GuidelinePct">The guideline, percent of defence expenditure (20: Wales Summit Declaration, 2014, para 14).</param>
/// <param name="AtOrAbove">How many of the allies counted meet it, their shares rounded to 2 decimals as NATO prints Table 8a.</param>
/// <param name="Of">How many allies shown have an equipment figure for the year (the others are not counted: absent, never zero).</param>
/// <param name="WithoutFigure">The allies shown whose equipment share the edition does not give for the year.</param>
public sealed record EquipmentCount(decimal GuidelinePct, int AtOrAbove, int Of, IReadOnlyList<Ally> WithoutFigure)
{
    /// <summary>The Wales 2014 guideline: 20% of defence expenditure on major equipment, including related research and development.</summary>
    public const decimal WalesGuidelinePct = 20m;

    /// <summary>Whether one equipment share meets the guideline, as NATO counts: rounded to 2 decimals, half away from zero.</summary>
    public static bool Meets(decimal equipmentSharePct, decimal guidelinePct = WalesGuidelinePct) =>
        decimal.Round(equipmentSharePct, 2, MidpointRounding.AwayFromZero) >= guidelinePct;

    /// <summary>Counts the rows of a status report; <c>null</c> when no row has an equipment figure (an edition with shares of GDP only).</summary>
    public static EquipmentCount? Count(IReadOnlyList<StatusRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var known = rows.Where(r => r.EquipmentSharePct is not null).ToArray();
        return known.Length == 0
            ? null
            : new EquipmentCount(WalesGuidelinePct, known.Count(r => Meets(r.EquipmentSharePct!.Value)), known.Length,
                [.. rows.Where(r => r.EquipmentSharePct is null).Select(r => r.Ally)]);
    }
}
