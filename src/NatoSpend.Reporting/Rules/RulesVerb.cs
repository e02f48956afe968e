using NatoSpend.Data.Rules;
using NatoSpend.Domain.Paths;

namespace NatoSpend.Reporting.Rules;

/// <summary><c>GET /api/v1/rules</c>: the shipped rule sets (pledges as data) and the path shapes, for choosing the <c>rules</c> and <c>shape</c> inputs.</summary>
public static class RulesVerb
{
    /// <summary>Every shipped rule set with its default shape, the default rule set and the shapes.</summary>
    public static RuleSetsAnswer Run(DataSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new RuleSetsAnswer(RuleSetReader.DefaultId,
            [.. sources.RuleIds.Select(id => sources.Rules(id)).Select(r => ShippedRulesAnswer.Of(RulesAnswer.Of(r), PathShapes.Name(r.DefaultShape)))],
            [.. PathShapes.All.Select(PathShapes.Name)]);
    }
}
