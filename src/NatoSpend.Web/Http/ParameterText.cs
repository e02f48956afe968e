namespace NatoSpend.Web.Http;

/// <summary>The descriptions of the query parameters the endpoints share, written once (attribute arguments must be constants).</summary>
/// <remarks>The lists name the shipped rule sets and shapes; a test checks them against the data and the domain, so they cannot drift.</remarks>
internal static class ParameterText
{
    /// <summary>The shipped rule sets, the default first.</summary>
    public const string RuleSets = "hague-2025 (default), hague-draft-2032, spain-view, vilnius-2023 or wales-2014";

    /// <summary>The path shapes.</summary>
    public const string Shapes = "linear, min-step, real-growth, front-loaded or hold";

    /// <summary><c>rules</c>.</summary>
    public const string Rules = "The rule set: " + RuleSets + ".";

    /// <summary><c>shape</c>.</summary>
    public const string Shape = "The path shape: " + Shapes + " (default: the rule set's).";
}
