namespace NatoSpend.Reporting.Inputs;

/// <summary>
/// Who asks a use case: the CLI or the API. A use case checks its input once for both, and names each input the way
/// the asker typed it (<c>--from-year</c> on the command line, <c>from_year</c> in a query), so that one sentence fits both.
/// </summary>
/// <param name="Inputs">An input's name as the asker types it, by its key (snake_case, as in the API).</param>
/// <param name="ReadsRuleFiles">Whether a rule set may be the path of a JSON file (the CLI) or only a shipped id (the API, which never opens a file a client names).</param>
public sealed record Face(IReadOnlyDictionary<string, string> Inputs, bool ReadsRuleFiles)
{
    /// <summary>The command line: <c>--from-year</c>; the deadline is <c>--by</c>.</summary>
    public static Face Cli { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal) { ["deadline"] = "--by" }, ReadsRuleFiles: true);

    /// <summary>The REST API: query parameters and body fields as their keys.</summary>
    public static Face Api { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), ReadsRuleFiles: false);

    /// <summary>Whether this is the command line.</summary>
    public bool IsCli => ReadsRuleFiles;

    /// <summary>An input with a value as the asker types it: <c>--year 2024</c> or <c>year=2024</c>.</summary>
    public string Example(string key, string value) => IsCli ? Name(key) + " " + value : Name(key) + "=" + value;

    /// <summary>The input's name as the asker types it, such as <c>--from-year</c> or <c>from_year</c>.</summary>
    public string Name(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Inputs.TryGetValue(key, out var name) ? name : IsCli ? "--" + key.Replace('_', '-') : key;
    }
}
