using System.Collections.Frozen;
using NatoSpend.Domain.Allies;

namespace NatoSpend.Domain.Rules;

/// <summary>The core target each ally is held to: one for all, with named exceptions from a rule set.</summary>
/// <param name="Default">The target for allies not named.</param>
/// <param name="ByAlly">Targets for named allies (such as spain-view's 2.1 for ESP).</param>
public sealed record Targets(ShareOfGdp Default, IReadOnlyDictionary<AllyCode, ShareOfGdp> ByAlly)
{
    /// <summary>The same target for every ally (the user's <c>--target</c>).</summary>
    public static Targets Uniform(ShareOfGdp target) => new(target, FrozenDictionary<AllyCode, ShareOfGdp>.Empty);

    /// <summary>A rule set's core target with its per-ally targets.</summary>
    public static Targets From(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(rules.CoreTarget, rules.AllyTargets);
    }

    /// <summary>The target for an ally.</summary>
    public ShareOfGdp For(AllyCode ally) => ByAlly.TryGetValue(ally, out var own) ? own : Default;
}
