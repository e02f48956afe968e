using System.Text.Json;
using System.Text.Json.Nodes;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Answers;

namespace NatoSpend.Reporting.Rules;

/// <summary>A rule set as a JSON node, for the answers still built as nodes (<see cref="RulesAnswer"/> is the shape).</summary>
public static class RuleSetJson
{
    /// <summary>The rule set as <see cref="RulesAnswer"/>, as a node.</summary>
    public static JsonObject Build(RuleSet rules) => JsonSerializer.SerializeToNode(RulesAnswer.Of(rules), AnswerJson.Options)!.AsObject();
}
