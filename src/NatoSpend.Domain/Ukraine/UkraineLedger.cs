using NatoSpend.Domain.Allies;
using static System.FormattableString;

namespace NatoSpend.Domain.Ukraine;

/// <summary>One month of a donor's aid to Ukraine as the Kiel Institute records it.</summary>
/// <param name="Donor">The donor's ISO3 code (or Kiel's own name for non-country donors).</param>
/// <param name="Year">The calendar year of allocation.</param>
/// <param name="Month">The month of allocation, 1 to 12.</param>
/// <param name="MilitaryEurBn">Military aid allocated, EUR billion, current prices.</param>
/// <param name="TotalEurBn">All aid allocated (military, financial, humanitarian), EUR billion, or <c>null</c> where absent.</param>
public sealed record KielMonth(string Donor, int Year, int Month, decimal MilitaryEurBn, decimal? TotalEurBn);

/// <summary>The Kiel Institute's Ukraine Support Tracker for one release: who allocated how much military aid, month by month.</summary>
/// <remarks>
/// Kiel dates aid when it is allocated and values it in nominal euro; NATO counts payments in fiscal years. NATO's figures already
/// include the aid allies report, so these figures are a component and a cross-check, never added on top.
/// </remarks>
public sealed class UkraineLedger
{
    private readonly Dictionary<(string Donor, int Year), decimal> _military = [];
    private readonly Dictionary<(string Donor, int Year), decimal> _total = [];
    private readonly HashSet<string> _donors = new(StringComparer.Ordinal);

    /// <summary>Sums the months into years.</summary>
    public UkraineLedger(string release, DateOnly dataThrough, IEnumerable<KielMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        Release = release;
        DataThrough = dataThrough;
        foreach (var m in months)
        {
            _donors.Add(m.Donor);
            _military[(m.Donor, m.Year)] = _military.GetValueOrDefault((m.Donor, m.Year)) + m.MilitaryEurBn;
            if (m.TotalEurBn is { } total)
            {
                _total[(m.Donor, m.Year)] = _total.GetValueOrDefault((m.Donor, m.Year)) + total;
            }
        }
    }

    /// <summary>The first year the tracker covers.</summary>
    public const int FirstYear = 2022;

    /// <summary>The release, such as "Release 29".</summary>
    public string Release { get; }

    /// <summary>The last month with data.</summary>
    public DateOnly DataThrough { get; }

    /// <summary>The last year with any data.</summary>
    public int LastYear => DataThrough.Year;

    /// <summary>Whether Kiel tracks the ally as a donor (Albania, Montenegro and North Macedonia are not tracked: unknown, never zero).</summary>
    public bool Tracks(AllyCode ally) => _donors.Contains(ally.Value);

    /// <summary>Whether a year's data are complete (every month up to December is in the release).</summary>
    public bool IsComplete(int year) => year < DataThrough.Year || DataThrough.Month == 12;

    /// <summary>The months of a year the release covers: 12, or fewer for the latest year.</summary>
    public int MonthsCovered(int year) => IsComplete(year) ? 12 : DataThrough.Month;

    /// <summary>The months of a year the release covers as a label: "Jan-Dec", or "Jan-Apr" for a year the release ends in April.</summary>
    /// <remarks>Taken from the last month in the monthly file, so that a new release needs no change here.</remarks>
    public string MonthsLabel(int year) => Invariant($"Jan-{new DateOnly(year, MonthsCovered(year), 1):MMM}");

    /// <summary>The year with its months when the release covers only part of it: "2026 (Jan-Apr)", or "2025".</summary>
    public string YearLabel(int year) => IsComplete(year) ? Invariant($"{year}") : Invariant($"{year} ({MonthsLabel(year)})");

    /// <summary>The sentence that marks a partial year, such as "Kiel's 2026 figures cover January to April 2026 (Release 29) …", or <c>null</c> for a whole year.</summary>
    public string? PartialYearNote(int year) => IsComplete(year)
        ? null
        : Invariant($"Kiel's {year} figures cover January to {DataThrough:MMMM} {year} ({Release}, data through {DataThrough:yyyy-MM}): every {year} aid figure, its shares of GDP and of core spending, and the share without aid are for those months only, not the whole year.");

    /// <summary>Military aid allocated in a year, EUR billion; zero for a tracked donor with no entry that year; <c>null</c> when not tracked.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the tracker's coverage.</exception>
    public decimal? MilitaryEurBn(AllyCode ally, int year)
    {
        CheckYear(year);
        return Tracks(ally) ? _military.GetValueOrDefault((ally.Value, year)) : null;
    }

    /// <summary>Military aid allocated in a year by every donor Kiel tracks (allies or not), EUR billion.</summary>
    public decimal AllDonorsMilitaryEurBn(int year)
    {
        CheckYear(year);
        return _military.Where(p => p.Key.Year == year).Sum(p => p.Value);
    }

    /// <summary>All aid allocated in a year, EUR billion; <c>null</c> when not tracked.</summary>
    public decimal? TotalEurBn(AllyCode ally, int year)
    {
        CheckYear(year);
        return Tracks(ally) ? _total.GetValueOrDefault((ally.Value, year)) : null;
    }

    /// <summary>Checks a year against the coverage, with a message naming the range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the tracker's coverage.</exception>
    public void CheckYear(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, FormattableString.Invariant(
                $"The Ukraine Support Tracker ({Release}) covers {FirstYear} to {LastYear} (data through {DataThrough:yyyy-MM}), not {year}; choose a year in that range."));
        }
    }
}
