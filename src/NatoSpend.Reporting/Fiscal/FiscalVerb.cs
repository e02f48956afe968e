using NatoSpend.Data.Plans;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Fiscal;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting.Answers;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using static System.FormattableString;

namespace NatoSpend.Reporting.Fiscal;

/// <summary>
/// <c>natospend fiscal DEU</c> and <c>GET /api/v1/fiscal</c>: what a required path (or a national plan) adds to an ally's deficit
/// and debt each year, debt-financed, beside the outlook's own deficit and debt; the EU escape clause's cover and the SAFE loans.
/// </summary>
public static class FiscalVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Ally">The ally (the CLI's argument, the API's <c>ally</c>); optional with a plan, which names its ally.</param>
    /// <param name="Path">The path inputs (with a plan, only the rules, growth, rates, outlook and exchange-rate inputs are read).</param>
    /// <param name="InterestRate">The interest rate on the extra debt, percent a year, for every year (default: derived from the outlook).</param>
    /// <param name="Plan">A shipped plan's name, such as <c>deu-2025-06</c>, or from the command line a plan file's path (default: the path).</param>
    public sealed record Request(string? Ally, PathInput Path, string? InterestRate = null, string? Plan = null);

    /// <summary>The fiscal room, with the answer in the forms asked for.</summary>
    /// <param name="Answer">The answer as JSON.</param>
    /// <param name="Table">One row a year: the CSV and the first sheet.</param>
    /// <param name="EscapeClause">The escape clause's cover, one row per covered year (empty when not activated).</param>
    /// <param name="Edition">The NATO edition the base share comes from.</param>
    /// <param name="Title">The table's title.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(FiscalAnswer Answer, ReportTable Table, ReportTable EscapeClause, Edition Edition, string Title, string FileName);

    private sealed record Spending(Ally Ally, EditionData Data, int BaseYear, decimal BaseShare, IReadOnlyList<(ExtraSpending Extra, string Basis)> Years,
        FiscalSpendingAnswer Answer, IReadOnlyList<string> Assumptions, Func<int, decimal?> Published, string Title, string Name);

    /// <summary>Checks the request, computes the path or reads the plan, and adds its extra spending to the outlook's deficit and debt.</summary>
    /// <exception cref="InputException">The request is malformed or cannot be answered.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var rate = request.InterestRate is { } text ? ReadRate(text, face) : (decimal?)null;
        var spending = request.Plan is { } plan ? FromPlan(request, plan, sources, face) : FromPath(request, sources, face);
        var ally = spending.Ally;
        var fiscal = sources.Fiscal(request.Path.Outlook);
        var series = fiscal.Find(ally.Code) ?? throw new InputException(
            $"The {fiscal.Vintage} has no general-government accounts for {ally.Name} ({ally.Code}); choose another ally or {face.Name("outlook")}.", InputProblem.Unanswerable);
        var extra = spending.Years.Select(y => y.Extra).ToArray();
        FiscalRoomPath room;
        try
        {
            room = FiscalRoom.Compute(extra, series, rate);
        }
        catch (ArgumentException e)
        {
            throw new InputException(UserInput.MessageOf(e).TrimEnd('.') + $" with {face.Example("interest_rate", "3.1")}.", InputProblem.Unanswerable);
        }
        var notes = Notes(spending, room, series, fiscal);
        var table = FiscalTable.Years(ally.Code.Value, ally.Currency.Code, spending.Years, room, fiscal.Vintage, notes);
        var (clause, clauseTable) = EscapeClause(ally, spending, sources.Eu);
        var answer = new FiscalAnswer(ally.Code.Value, ally.Name, ally.Currency.Code, spending.Answer, spending.BaseYear, spending.BaseShare,
            spending.Years[^1].Extra.Year, spending.Data.Edition.Id, fiscal.Vintage, FinancingText, RateAnswer(room),
            [FinancingText, RateText(room, series), .. spending.Assumptions], RowAnswer.Of(table), ColumnAnswer.Of(table), clause,
            Safe(ally, sources.Eu), notes);
        return new Result(answer, table, clauseTable, spending.Data.Edition,
            $"{ally.Name} ({ally.Code}): what {spending.Title} adds to the deficit and debt, debt-financed, on the {fiscal.Vintage}'s deficit and debt",
            $"natospend-fiscal-{ally.Code.Value.ToLowerInvariant()}-{spending.Name}");
    }

    private const string FinancingText = "Debt-financed: the extra spending is assumed to be borrowed in full, so it and the interest on the extra debt add to the deficit each year and the extra debt grows by both; no effect on growth, revenue or the rate on existing debt is modelled.";

    private static decimal ReadRate(string text, Face face)
    {
        var name = face.Name("interest_rate");
        var value = Input.Read(() => UserInput.Number(text.Trim().TrimEnd('%'), name, "3.1"));
        return value is >= 0m and <= FiscalRoom.MaxRatePct
            ? value
            : throw new InputException(Invariant($"The interest rate {value} given to {name} is outside 0 to {FiscalRoom.MaxRatePct} percent a year; give a rate such as 3.1."));
    }

    private static Spending FromPath(Request request, DataSources sources, Face face)
    {
        var ally = request.Ally is { } a
            ? Input.Read(() => UserInput.Ally(a))
            : throw new InputException($"Name an ally, such as {(face.IsCli ? "'natospend fiscal DEU'" : "ally=DEU")}, or a plan with {face.Example("plan", "deu-2025-06")}.");
        var setup = PathSetup.Resolve(request.Path, sources, face);
        var report = PathVerb.Compute(setup, [ally], face);
        var path = report.Paths[0];
        var shape = PathShapes.Name(path.Shape);
        var years = path.Rows.Where(r => r.Year > path.BaseYear).Select(r => (
            new ExtraSpending(r.Year, r.Share.Percent, r.Share.Percent - path.BaseShare.Percent, r.ExtraVsHold.Millions, false),
            PathTable.BasisText(r, report.Projections.Assumptions))).ToArray();
        var label = Invariant($"the {shape} path from {path.BaseShare.Percent:0.00}% in {path.BaseYear} (published, NATO edition {setup.Data.Edition.Id}) to {path.Target.Percent:0.00}% by {path.Deadline} (rules {setup.Rules.Id})");
        return new Spending(ally, setup.Data, path.BaseYear, path.BaseShare.Percent, years,
            new FiscalSpendingAnswer("path", label, shape, setup.Rules.Id, path.Target.Percent, path.Deadline, null),
            [.. report.Projections.Assumptions.Lines()], y => setup.Data.Share(ally.Code, y)?.Percent, label, Invariant($"{shape}-{path.Deadline}"));
    }

    private static Spending FromPlan(Request request, string text, DataSources sources, Face face)
    {
        var (plan, file) = FindPlan(text, sources, face);
        if (request.Ally is { } a && Input.Read(() => UserInput.Ally(a)) is var asked && asked.Code != plan.Ally.Code)
        {
            throw new InputException($"The plan '{text}' is {plan.Ally.Name}'s ({plan.Ally.Code}), not {asked.Name}'s; drop the ally, or choose one of {asked.Name}'s plans.", InputProblem.Unanswerable);
        }
        var setup = PlanSetup.Resolve(request.Path, sources, face);
        var economy = Input.Read(() => PlanEconomy.Build(setup.Data, plan.Ally, setup.Outlook, plan.LastYear, setup.Options), InputProblem.Unanswerable);
        var (b, s0) = (economy.BaseYear, economy.BaseShare.Percent);
        var after = AnnouncedPath.Interpolate(plan, economy.Gdp).Where(y => y.Year > b).ToList();
        if (after.Count == 0)
        {
            throw new InputException(Invariant(
                $"The plan '{text}' announces no core figure after {b}, NATO's latest published year, so it adds nothing to measure; choose a plan that looks beyond {b}."), InputProblem.Unanswerable);
        }
        var basis = after.ToDictionary(y => y.Year, y => y.Interpolated ? "interpolated" : "announced");
        if (after[0].Year > b + 1)
        {
            // Years between NATO's latest figure and the plan's first point after it are filled on a straight line from the published share, and say so.
            var bridge = AnnouncedPath.Interpolate([new AnnouncedPathYear(b, s0, null, false, "share"), after[0] with { Unit = "share" }], economy.Gdp)
                .Where(y => y.Year > b && y.Year < after[0].Year).ToArray();
            foreach (var y in bridge)
            {
                basis[y.Year] = Invariant($"interpolated from NATO's {b} share");
            }
            after.InsertRange(0, bridge);
        }
        var years = after.Select(y => (new ExtraSpending(y.Year, y.Share, y.Share - s0, (y.Share - s0) / 100m * (economy.Gdp(y.Year) ?? 0m) / 1_000_000m, y.Interpolated),
            basis[y.Year])).ToArray();
        var label = $"the plan '{plan.Title}' ({plan.AnnouncedLabel}; {file})";
        return new Spending(plan.Ally, setup.Data, b, s0, years, new FiscalSpendingAnswer("plan", label, null, setup.Rules.Id, null, null, file),
            economy.Assumptions, y => economy.Published.TryGetValue(y, out var s) ? s.Percent : null, label,
            "plan-" + Path.GetFileNameWithoutExtension(file).ToLowerInvariant());
    }

    private static (Plan Plan, string File) FindPlan(string text, DataSources sources, Face face)
    {
        var name = text.Trim();
        var shipped = sources.Plans.FirstOrDefault(p => string.Equals(p.File, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Path.GetFileNameWithoutExtension(p.File), Path.GetFileNameWithoutExtension(name), StringComparison.OrdinalIgnoreCase)
                && (name.IndexOfAny(['/', '\\']) < 0 || name.StartsWith(PlanReader.Folder + "/", StringComparison.OrdinalIgnoreCase)));
        if (shipped is not null)
        {
            return (shipped.Plan, shipped.File);
        }
        if (face.ReadsRuleFiles && File.Exists(name))
        {
            var display = name.Replace('\\', '/');
            return (PlanReader.ReadFile(name, display), display);
        }
        var example = sources.Plans.Count > 0 ? Path.GetFileNameWithoutExtension(sources.Plans[0].File) : "deu-2025-06";
        throw new InputException(
            $"There is no shipped plan '{text}'{(face.IsCli ? " and no plan file at that path" : "")}; give one such as {example} (see {(face.IsCli ? "'natospend plans'" : "/api/v1/plans")}).",
            InputProblem.NotFound);
    }

    private static InterestRateAnswer RateAnswer(FiscalRoomPath room) => new(
        room.GivenRatePct is null ? "derived" : "given", room.GivenRatePct, RateDefinition,
        [.. room.Rates.Select(r => new DerivedRateAnswer(r.Year, Math.Round(r.NetInterestPct, 3), Math.Round(r.NetInterest * 1000m, 1), Math.Round(r.LaggedDebt * 1000m, 1), Math.Round(r.RatePct, 3)))]);

    private const string RateDefinition = "Effective interest rate on general-government debt, derived from the outlook: net interest paid (the primary balance less the overall balance, GGXONLB_NGDP − GGXCNL_NGDP, times NGDP) over the previous year's gross debt (GGXWDG). Derived by NatoSpend, not published; the outlook ships no bond yields.";

    private static string RateText(FiscalRoomPath room, FiscalSeries series)
    {
        if (room.GivenRatePct is { } given)
        {
            return Invariant($"Interest on the extra debt at {given}% a year for every year, as given; not derived from the outlook.");
        }
        var derived = room.Rates;
        var held = room.Years.Where(y => y.Basis == RateBasis.Held).Select(y => y.Year).ToArray();
        var range = derived.Count == 0 ? "" : Invariant($"{derived.Min(r => r.RatePct):0.00}% to {derived.Max(r => r.RatePct):0.00}% a year in {derived[0].Year}-{derived[^1].Year}");
        var heldText = held.Length == 0 ? "" : Invariant($"; for {string.Join(", ", YearRanges.Compact(held))}, after the outlook, the last derived rate ({room.Years.First(y => y.Basis == RateBasis.Held).RatePct:0.00}%) is held");
        return $"Interest on the extra debt at the effective rate derived from the {series.Vintage} for each year ({range}): net interest (GGXONLB_NGDP − GGXCNL_NGDP, times NGDP) over the previous year's gross debt (GGXWDG){heldText}; give another rate with --interest-rate (interest_rate in the API).";
    }

    private static List<string> Notes(Spending spending, FiscalRoomPath room, FiscalSeries series, FiscalOutlook fiscal)
    {
        var notes = new List<string>
        {
            Invariant($"Extra spending: above {spending.Ally.Name}'s share frozen at {spending.BaseShare:0.00}% of GDP in {spending.BaseYear} (published, NATO edition {spending.Data.Edition.Id}), on the projection's GDP; derived by NatoSpend."),
            FinancingText,
            RateText(room, series),
            $"The outlook's deficit and debt are the IMF's ({fiscal.Vintage}, general government; IMF staff projections for recent and later years) and already include whatever defence spending the IMF assumed: the path's extra is added on top, so where the outlook already assumes part of the rise, the with-path figures count it twice.",
            "Ratios with the path divide by the outlook's nominal GDP (NGDP); the extra spending stands on the projection's GDP (NATO's base year grown with the outlook), so the two bases can differ slightly.",
        };
        if (room.Years.Any(y => y.Gdp is null))
        {
            notes.Add(Invariant($"After {series.LastYear}, the outlook's last year, it has no deficit, debt or GDP: the outlook and with-path columns are empty there, and only what the path adds is shown."));
        }
        notes.Add(spending.Data.Edition.SourceLine);
        notes.Add("Source: " + fiscal.Source + ".");
        return notes;
    }

    private static (EscapeClauseAnswer, ReportTable) EscapeClause(Ally ally, Spending spending, EuFiscalFacts eu)
    {
        var activation = eu.EscapeClause(ally.Code);
        var reference = spending.Published(EscapeClauseCoverage.ReferenceYear);
        if (activation is null)
        {
            var none = FiscalTable.EscapeClause(ally.Currency.Code, [], spending.Data.Edition.Id);
            return (new EscapeClauseAnswer("not activated", null, null, null, null, EscapeClauseCoverage.ReferenceYear, reference,
                $"not activated: the Council of the EU has not activated the Stability and Growth Pact's national escape clause for {ally.Name}'s defence spending (as of the shipped sources, {eu.EscapeClauseFile}); it applies to EU member states that requested it.",
                [], ColumnAnswer.Of(none), null, null), none);
        }
        var definition = Invariant(
            $"The Stability and Growth Pact's national escape clause, activated for {ally.Name} by the Council of the EU on {activation.ActivatedOn:yyyy-MM-dd}: for {activation.DurationYears} years (taken as {activation.FirstYear}-{activation.LastYear}, from the year of activation, the Commission's design; the Council's implementing acts were not checked), defence spending above its {EscapeClauseCoverage.ReferenceYear} level, up to {activation.MaxFlexibilityPct}% of GDP, may deviate from the net expenditure path without opening an excessive deficit procedure. ")
            + Invariant($"NatoSpend measures the rise with NATO's core share (the EU measures defence spending in national accounts, COFOG): flexibility = min({activation.MaxFlexibilityPct}, max(0, share − share in {EscapeClauseCoverage.ReferenceYear})) pp of GDP; the extra above the base-year share is covered where it lies between the {EscapeClauseCoverage.ReferenceYear} share and that share plus {activation.MaxFlexibilityPct} pp, so the rise from {EscapeClauseCoverage.ReferenceYear} to {spending.BaseYear} uses the cover first. ")
            + "It is flexibility in the EU's fiscal rules, not money: covered spending is still borrowed, and is in the deficit and debt above.";
        if (reference is not { } s2021)
        {
            var empty = FiscalTable.EscapeClause(ally.Currency.Code, [], spending.Data.Edition.Id);
            return (new EscapeClauseAnswer("activated", Date(activation.ActivatedOn), activation.FirstYear, activation.LastYear, activation.MaxFlexibilityPct,
                EscapeClauseCoverage.ReferenceYear, null, definition + Invariant($" NATO edition {spending.Data.Edition.Id} has no {EscapeClauseCoverage.ReferenceYear} share for {ally.Name}, so the cover is not computed."),
                [], ColumnAnswer.Of(empty), null, activation.Source), empty);
        }
        var years = EscapeClauseCoverage.Compute(activation, s2021, spending.BaseYear, spending.BaseShare, spending.Published, [.. spending.Years.Select(y => y.Extra)]);
        var table = FiscalTable.EscapeClause(ally.Currency.Code, years, spending.Data.Edition.Id);
        return (new EscapeClauseAnswer("activated", Date(activation.ActivatedOn), activation.FirstYear, activation.LastYear, activation.MaxFlexibilityPct,
            EscapeClauseCoverage.ReferenceYear, s2021, definition, RowAnswer.Of(table), ColumnAnswer.Of(table), Math.Round(years.Sum(y => y.Covered), 1), activation.Source), table);
    }

    private static SafeAnswer Safe(Ally ally, EuFiscalFacts eu)
    {
        const string Loans = "SAFE (Security Action for Europe, Council Regulation (EU) 2025/1106) lends EU money for defence procurement: the allocation is a loan, debt and not extra fiscal room, and is never added to defence spending (procurement it pays for appears in spending when the ally reports it).";
        if (eu.SafeFor(ally.Code) is not { } safe)
        {
            var when = eu.Safe.Count > 0 ? Invariant($" on {eu.Safe[0].DecisionDate:yyyy-MM-dd}") : "";
            return new SafeAnswer("no allocation", [], null, null, $"no allocation: {ally.Name} is not among the member states allocated SAFE loans{when} ({eu.SafeFile}). " + Loans, null);
        }
        return new SafeAnswer("allocated", [.. safe.Amounts.Select(a => new SafeAmountAnswer(a.Value, a.Unit, a.Via))], Date(safe.DecisionDate), safe.Status, Loans,
            $"{safe.Source} ({eu.SafeFile})");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
