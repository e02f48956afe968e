using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting.Inputs;
using static System.FormattableString;

namespace NatoSpend.Reporting.Paths;

/// <summary>
/// The path inputs every projecting verb takes (path, gap, alliance, personnel, simulate), as the user typed them; <c>null</c>
/// where not given. <see cref="PathSetup.Resolve"/> checks them once for the CLI and the API.
/// </summary>
/// <param name="Edition">The NATO edition (default: the newest).</param>
/// <param name="Rules">The rule set's id, or from the command line a rule file's path (default: hague-2025).</param>
/// <param name="Target">The target share of GDP for every ally (default: the rule set's, with its per-ally targets).</param>
/// <param name="Shape">The path shape (default: the rule set's).</param>
/// <param name="FromYear">The base year (default: the edition's latest).</param>
/// <param name="Deadline">The deadline (default: the rule set's).</param>
/// <param name="Step">A min-step path's step, pp a year (default: the rule set's, else 0.2).</param>
/// <param name="Fraction">A front-loaded path's fraction (default: the rule set's, else 0.25).</param>
/// <param name="Growth">Long-run growth overrides: <c>3.1</c>, <c>1.2+2.0</c>, <c>DEU=3.1</c>; a comma before an ally code separates two.</param>
/// <param name="Rates">Exchange rates to hold, such as <c>EUR=0.92</c>.</param>
/// <param name="Outlook">The IMF WEO vintage (default: the newest).</param>
/// <param name="ExchangeRates">How exchange rates move: <c>outlook</c> (default) or <c>hold</c>.</param>
public sealed record PathInput(
    string? Edition = null,
    string? Rules = null,
    string? Target = null,
    string? Shape = null,
    string? FromYear = null,
    string? Deadline = null,
    string? Step = null,
    string? Fraction = null,
    IReadOnlyList<string>? Growth = null,
    IReadOnlyList<string>? Rates = null,
    string? Outlook = null,
    string? ExchangeRates = null);

/// <summary>The path inputs checked and resolved against the data: what every projecting verb computes with.</summary>
/// <param name="Data">The NATO edition.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Targets">Each ally's target.</param>
/// <param name="TargetGiven">Whether the user gave one target for every ally.</param>
/// <param name="Shape">The path shape.</param>
/// <param name="Parameters">The shape's parameters.</param>
/// <param name="BaseYear">The base year, one the edition has.</param>
/// <param name="Deadline">The deadline, after the base year.</param>
/// <param name="Options">Growth and exchange-rate options.</param>
/// <param name="Outlook">The IMF WEO vintage.</param>
public sealed record PathSetup(EditionData Data, RuleSet Rules, Targets Targets, bool TargetGiven, PathShape Shape, PathParameters Parameters,
    int BaseYear, int Deadline, ProjectionOptions Options, MacroOutlook Outlook)
{
    /// <summary>The most growth overrides one request may give: one for all allies and one per ally is about 33.</summary>
    public const int MaxGrowthOverrides = 40;

    /// <summary>Checks the inputs and loads what they name: the one place their defaults are worked out.</summary>
    /// <exception cref="InputException">An input is malformed, names nothing, or cannot be answered.</exception>
    public static PathSetup Resolve(PathInput input, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var rules = sources.Rules(input.Rules, face);
        var targets = input.Target is { } t ? Targets.Uniform(ReadTarget(t, face)) : Targets.From(rules);
        var shape = input.Shape is { } s ? Input.Read(() => UserInput.Shape(s)) : rules.DefaultShape;
        var parameters = new PathParameters(
            input.Step is { } step ? Input.Read(() => UserInput.Number(step, face.Name("step"), "0.2")) : rules.MinAnnualStepPp ?? PathParameters.Default.MinStepPp,
            input.Fraction is { } fraction ? Input.Read(() => UserInput.Number(fraction, face.Name("fraction"), "0.25")) : rules.FrontLoadFraction);
        var options = Projection(input, face);
        var outlook = sources.Outlook(input.Outlook);
        var data = sources.Edition(input.Edition, face);
        var baseYear = input.FromYear is { } from ? Input.Read(() => UserInput.YearValue(from, face.Name("from_year"), "2024")) : data.LastYear;
        if (!data.Years.Contains(baseYear))
        {
            throw new InputException(Invariant(
                $"The base year {baseYear} is not in edition {data.Edition.Id}, which covers {data.FirstYear} to {data.LastYear}; choose {face.Name("from_year")} in that range."),
                InputProblem.Unanswerable);
        }
        var deadline = input.Deadline is { } by ? Input.Read(() => UserInput.YearValue(by, face.Name("deadline"), "2035")) : rules.Deadline;
        Input.Read(() => { RequiredPath.ValidateDeadline(deadline, baseYear, Years.Last); return deadline; }, InputProblem.Unanswerable);
        return new PathSetup(data, rules, targets, input.Target is not null, shape, parameters, baseYear, deadline, options, outlook);
    }

    /// <summary>The growth, exchange-rate and exchange-rate-rule inputs checked: what the verbs that project without a path (the plan verbs) share with the path verbs.</summary>
    /// <exception cref="InputException">An input is malformed, or there are too many growth overrides.</exception>
    public static ProjectionOptions Projection(PathInput input, Face face)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(face);
        var growth = (input.Growth ?? []).SelectMany(SplitGrowth).Where(g => g.Length > 0).ToArray();
        if (growth.Length > MaxGrowthOverrides)
        {
            throw new InputException(Invariant(
                $"The request gives {growth.Length} growth overrides, more than the {MaxGrowthOverrides} NatoSpend takes; give one for all allies ({face.Name("growth")} 3.1) and one per ally at most ({face.Name("growth")} DEU=3.1)."));
        }
        return Input.Read(() => UserInput.Projection(growth, input.Rates ?? [], input.ExchangeRates));
    }

    private static ShareOfGdp ReadTarget(string text, Face face)
    {
        if (TypedNumber.TryParse(text.Trim().TrimEnd('%'), out var value) && value is < 0m or > 100m)
        {
            throw new InputException(Invariant(
                $"The target {value} is outside 0 to 100 percent of GDP; choose {face.Name("target")} between 0 and 100, such as 3.5."));
        }
        return Input.Read(() => UserInput.Target(text));
    }

    // growth=3.1,DEU=2.0 is a list; a comma before a digit is inside a number (DEU=1,2+2,0), which the growth parser refuses with both readings.
    private static IEnumerable<string> SplitGrowth(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ',' && text[(i + 1)..].TrimStart() is { Length: > 0 } rest && char.IsAsciiLetter(rest[0]))
            {
                yield return text[start..i].Trim();
                start = i + 1;
            }
        }
        yield return text[start..].Trim();
    }
}
