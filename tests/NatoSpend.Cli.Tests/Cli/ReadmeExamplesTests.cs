using System.Text.RegularExpressions;

namespace NatoSpend.Tests.Cli;

/// <summary>Runs every <c>natospend</c> example in the README, so the README cannot drift from the tool.</summary>
public partial class ReadmeExamplesTests
{
    // 'serve' runs until stopped (the web tests cover it); '--data ./my-data' names the user's own folder; 'site' writes
    // the whole dashboard in a minute (the web tests' StaticSiteTests run it and serve what it writes).
    private static readonly string[] NotRunHere = ["natospend serve", "--data ./my-data", "natospend site"];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Repository.Root, "README.md")))
        {
            if (line.StartsWith("natospend ", StringComparison.Ordinal) && !NotRunHere.Any(n => line.Contains(n, StringComparison.Ordinal)))
            {
                data.Add(line);
            }
        }
        return data;
    }

    [Fact]
    public void TheReadmeHasExamples() => Assert.True(Examples().Count >= 10, "the README lost its examples");

    [Theory]
    [MemberData(nameof(Examples))]
    public void ReadmeExampleRuns(string line)
    {
        var folder = Path.Combine(Path.GetTempPath(), "natospend-readme", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var command = Comment().Replace(line, "");
        foreach (var step in command.Split("&&", StringSplitOptions.TrimEntries))
        {
            var redirect = step.Split(" > ", 2, StringSplitOptions.TrimEntries);
            var typed = redirect[0].Split(" | ")[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            // Files an example writes with --out go to the test's folder, never into the repository.
            var words = typed.Select((w, i) => i > 0 && typed[i - 1] == "--out" ? Path.Combine(folder, Path.GetFileName(w)) : Resolve(w, folder)).ToArray();

            var result = CliRun.Run(words);

            // check exits 3 when a plan is not credible or incomplete; that is its answer, not a failure.
            int[] accepted = words[0] == "check" ? [0, 3] : [0];
            Assert.True(accepted.Contains(result.ExitCode), $"'{step}' exited {result.ExitCode}: {result.Error}");
            Assert.NotEmpty(result.Output);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
            if (redirect.Length == 2)
            {
                File.WriteAllText(Path.Combine(folder, redirect[1]), result.Output);
            }
        }
    }

    private static string Resolve(string word, string folder)
    {
        if (word.StartsWith("data/", StringComparison.Ordinal))
        {
            return Path.Combine(Repository.Root, word);
        }
        var written = Path.Combine(folder, word);
        return File.Exists(written) ? written : word;
    }


    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();
}
