using System.Text.RegularExpressions;

namespace NatoSpend.Tests.Cli;

/// <summary>
/// Pins the JSON of the README's examples and of every verb, byte for byte, so that a change to an answer's shape is
/// a decision made in a commit, never a side effect. Set NATOSPEND_UPDATE_SNAPSHOTS=1 to write the snapshots again.
/// </summary>
public partial class JsonSnapshotTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Repository.Root, "README.md")))
        {
            if (line.StartsWith("natospend ", StringComparison.Ordinal) && line.Contains("--format json", StringComparison.Ordinal))
            {
                data.Add(Comment().Replace(line, "").Split(" | ")[0].Trim());
            }
        }
        foreach (var verb in EveryVerb)
        {
            data.Add(verb);
        }
        return data;
    }

    // One JSON answer per verb beyond the README's examples (the README ones cover path, simulate, ukraine, check and status).
    private static readonly string[] EveryVerb =
    [
        "natospend editions --format json",
        "natospend ally POL --edition 2026 --format json",
        "natospend gap --year 2026 --target 3.5 --allies europe --format json",
        "natospend alliance --format json",
        "natospend personnel DEU --add 60000 --format json",
        "natospend personnel DEU --format json",
        "natospend personnel --allies europe --add 100000 --key gdp --ramp immediate --format json",
        "natospend plans DEU --format json",
        "natospend plans --scorecard --format json",
        "natospend plan template DEU --rules hague-draft-2032 --format json",
        "natospend path --allies DEU,POL --format json",
        "natospend status --year 2025 --ukraine --format json",
        "natospend compare --year 2024 --format json",
        "natospend compare --year 2024 --source sipri --allies DEU,POL,USA --format json",
        "natospend compare --source outlooks --allies DEU --outlooks weo-2024-10,weo-2026-04 --format json",
        "natospend world --year 2025 --format json",
        "natospend fiscal DEU --shape linear --format json",
        "natospend fiscal --plan deu-2025-06 --interest-rate 3.1 --format json",
        "natospend changes --format json",
        "natospend changes --editions 2024,2025 --format json",
        "natospend status --year 2025 --prices ppp --format json",
        "natospend world --year 2025 --prices ppp --format json",
        "natospend compare --year 2025 --source sipri --allies DEU,POL,USA,RUS,CHN,UKR --prices ppp --format json",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void JsonAnswerIsPinned(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(w => w.StartsWith("data/", StringComparison.Ordinal) ? Path.Combine(Repository.Root, w) : w).ToArray();
        var result = CliRun.Run(words);
        Assert.True(result.ExitCode is 0 or 3, $"'{command}' exited {result.ExitCode}: {result.Error}");

        var file = Path.Combine(Repository.Root, "tests", "NatoSpend.Cli.Tests", "Cli", "__snapshots__", Slug().Replace(string.Join('-', words.Select(Path.GetFileName)), "-").Trim('-') + ".json");
        if (Environment.GetEnvironmentVariable("NATOSPEND_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(file, result.Output);
        }
        Assert.True(File.Exists(file), $"No snapshot for '{command}'; run the tests with NATOSPEND_UPDATE_SNAPSHOTS=1 and commit {Path.GetFileName(file)}.");
        Assert.Equal(File.ReadAllText(file), result.Output);
    }

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"[^A-Za-z0-9.]+")]
    private static partial Regex Slug();
}
