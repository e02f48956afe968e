using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Reporting.Plans;

/// <summary>
/// The inputs every plan verb takes (check, plans, scorecard, template) checked and loaded: the rule set, the growth and
/// exchange-rate options and the outlook, read as the path verbs read them, and NATO's newest edition, which plans are checked on.
/// </summary>
/// <param name="Data">NATO's newest edition.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Options">Growth and exchange-rate options.</param>
/// <param name="Outlook">The IMF WEO vintage.</param>
public sealed record PlanSetup(EditionData Data, RuleSet Rules, ProjectionOptions Options, MacroOutlook Outlook)
{
    /// <summary>Checks the rules, growth, rates, outlook and exchange-rate inputs of <paramref name="input"/> (its path-only inputs are not read) and loads what they name.</summary>
    /// <exception cref="InputException">An input is malformed or names nothing.</exception>
    public static PlanSetup Resolve(PathInput input, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var rules = sources.Rules(input.Rules, face);
        var options = PathSetup.Projection(input, face);
        var outlook = sources.Outlook(input.Outlook);
        // Plans are always checked on the newest edition: a plan looks forward from NATO's latest published year.
        return new PlanSetup(sources.Edition(null, face), rules, options, outlook);
    }
}
