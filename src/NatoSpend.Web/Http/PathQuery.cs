using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Web.Http;

/// <summary>
/// The query parameters the projecting endpoints share (paths, alliance, personnel, gaps), read with the parsers the CLI's
/// <c>--rules --target --by --shape --from-year --step --fraction --growth</c> use; defaults come from the rule set, as in the CLI.
/// </summary>
/// <param name="Data">The edition.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Targets">The targets: <c>target</c> for every ally, else the rule set's.</param>
/// <param name="TargetGiven">Whether the client gave a target.</param>
/// <param name="Shape">The shape.</param>
/// <param name="Parameters">The shape's step and fraction.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Options">Growth overrides and the exchange-rate rule.</param>
/// <param name="Outlook">The macro outlook projections stand on.</param>
public sealed record PathQuery(EditionData Data, RuleSet Rules, Targets Targets, bool TargetGiven, PathShape Shape, PathParameters Parameters,
    int BaseYear, int Deadline, ProjectionOptions Options, MacroOutlook Outlook)
{
    /// <summary>The most growth overrides one request may give (one per ally and one for all).</summary>
    public const int MaxGrowthOverrides = 40;

    /// <summary>Reads the parameters; a malformed value is a 400, a deadline the data cannot reach a 422.</summary>
    /// <exception cref="ApiProblemException">A value is malformed or out of range.</exception>
    public static PathQuery Read(DataSources sources, string? edition, string? rules, string? target, string? shape, string? fromYear,
        string? deadline, string? step, string? fraction, string[]? growth, string? outlook = null, string? exchangeRates = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var ruleSet = sources.Rules(rules);
        var targets = target is null ? Targets.From(ruleSet) : Targets.Uniform(ApiInput.Read(() => UserInput.Target(target)));
        var pathShape = shape is null ? ruleSet.DefaultShape : ApiInput.Read(() => UserInput.Shape(shape));
        var parameters = new PathParameters(
            step is null ? ruleSet.MinAnnualStepPp ?? PathParameters.Default.MinStepPp : ApiInput.Read(() => UserInput.Number(step, "step", "0.2")),
            fraction is null ? ruleSet.FrontLoadFraction : ApiInput.Read(() => UserInput.Number(fraction, "fraction", "0.25")));
        var growthTexts = (growth ?? []).SelectMany(SplitGrowth).Where(g => g.Length > 0).ToArray();
        if (growthTexts.Length > MaxGrowthOverrides)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, FormattableString.Invariant(
                $"The request gives {growthTexts.Length} growth overrides, more than the {MaxGrowthOverrides} the API takes; give one for all allies (growth=3.1) and one per ally at most (growth=DEU=3.1)."));
        }
        var options = ApiInput.Read(() => UserInput.Projection(growthTexts, [], exchangeRates));
        var macro = sources.Outlook(outlook);
        var data = ApiInput.Read(() => sources.Catalog.LoadNato(edition));
        var baseYear = fromYear is null ? data.LastYear : ApiInput.Read(() => UserInput.YearValue(fromYear, "from_year", "2024"));
        if (!data.Years.Contains(baseYear))
        {
            throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, FormattableString.Invariant(
                $"The base year {baseYear} is not in edition {data.Edition.Id}, which covers {data.FirstYear} to {data.LastYear}; choose from_year in that range."));
        }
        var by = deadline is null ? ruleSet.Deadline : ApiInput.Read(() => UserInput.YearValue(deadline, "deadline", "2035"));
        ApiInput.Read(() => { RequiredPath.ValidateDeadline(by, baseYear, Years.Last); return by; }, StatusCodes.Status422UnprocessableEntity);
        return new PathQuery(data, ruleSet, targets, target is not null, pathShape, parameters, baseYear, by, options, macro);
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
