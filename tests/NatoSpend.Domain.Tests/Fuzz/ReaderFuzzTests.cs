using System.Diagnostics;
using System.Globalization;
using NatoSpend.Data.Files;
using Xunit.Abstractions;

namespace NatoSpend.Tests.Fuzz;

/// <summary>
/// Every reader, fed mutated copies of its seed files for a bounded time: each input is read, or refused with the readers'
/// own exception and sentences, never with any other exception. Run longer with NATOSPEND_FUZZ_SECONDS (per reader) or
/// NATOSPEND_FUZZ_ITERATIONS, and on other inputs with NATOSPEND_FUZZ_SEED (see CONTRIBUTING.md).
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> Readers => [.. FuzzTarget.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Readers))]
    public void EveryMutatedInput_IsReadOrRefusedWithSentences(string reader)
    {
        var target = FuzzTarget.All.Single(t => t.Name == reader);
        var seeds = target.Seeds();
        Assert.NotEmpty(seeds);
        using var folder = new FuzzFolder();
        foreach (var (name, bytes) in seeds)
        {
            var shown = target.PathIn(name);
            target.Read(folder.Data, folder.Write(shown, bytes), shown); // every seed reads as it is
        }

        var settings = FuzzSettings.FromEnvironment();
        var mutator = new Mutator(new Random(settings.Seed * 31 + FuzzTarget.All.ToList().IndexOf(target)), [.. seeds.Select(s => s.Bytes)]);
        var crashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var (inputs, refused) = (0, 0);
        var clock = Stopwatch.StartNew();
        while (settings.Continues(inputs, clock.Elapsed))
        {
            var (seed, bytes) = mutator.Next();
            var shown = target.PathIn(seeds[seed].Name);
            var path = folder.Write(shown, bytes);
            try
            {
                target.Read(folder.Data, path, shown);
            }
            catch (DataFileException e)
            {
                refused++;
                Assert.NotEmpty(e.Problems);
                Assert.All(e.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message), $"an empty problem for {p.File}"));
            }
#pragma warning disable CA1031 // Any other exception is the finding: it is recorded with the input that raised it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var signature = $"{e.GetType().FullName} at {e.StackTrace?.Split('\n')[0].Trim()}";
                if (!crashes.ContainsKey(signature))
                {
                    crashes[signature] = Save(reader, settings.Seed, inputs, shown, bytes) + ": " + e.Message;
                }
            }
            inputs++;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reader}: {inputs} inputs in {clock.Elapsed.TotalSeconds:F1} s (seed {settings.Seed}), {refused} refused, {crashes.Count} distinct crashes"));
        Assert.True(crashes.Count == 0, $"{reader} crashed on {crashes.Count} kind(s) of input; each input is saved, make it a regression test:\n"
            + string.Join("\n", crashes.Select(c => $"{c.Key}\n  {c.Value}")));
    }

    // The input that crashed a reader, kept outside the repository for a regression test to be written from.
    private static string Save(string reader, int seed, int input, string shown, byte[] bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "natospend-fuzz");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{reader}-seed{seed}-{input}{Path.GetExtension(shown)}"));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

/// <summary>How long to fuzz, and from which seed: a few seconds per reader in the normal test run, longer on request.</summary>
/// <param name="Seconds">The time per reader.</param>
/// <param name="Iterations">A number of inputs per reader instead of a time, or <c>null</c>.</param>
/// <param name="Seed">The random generator's seed.</param>
public sealed record FuzzSettings(double Seconds, int? Iterations, int Seed)
{
    /// <summary>NATOSPEND_FUZZ_SECONDS (default 2), NATOSPEND_FUZZ_ITERATIONS (unset: by time) and NATOSPEND_FUZZ_SEED (default 1).</summary>
    public static FuzzSettings FromEnvironment() => new(
        Number("NATOSPEND_FUZZ_SECONDS") ?? 2,
        (int?)Number("NATOSPEND_FUZZ_ITERATIONS"),
        (int)(Number("NATOSPEND_FUZZ_SEED") ?? 1));

    /// <summary>Whether to try another input.</summary>
    public bool Continues(int inputs, TimeSpan elapsed) => Iterations is { } n ? inputs < n : elapsed.TotalSeconds < Seconds;

    private static double? Number(string name) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>A throwaway data folder (an <c>editions.json</c> and the readers' subfolders) that the mutated files are written into.</summary>
public sealed class FuzzFolder : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "natospend-tests", "fuzz-" + Guid.NewGuid().ToString("N"));

    public FuzzFolder()
    {
        foreach (var sub in new[] { "nato", "sipri", "ukraine", "macro", "eu" })
        {
            Directory.CreateDirectory(Path.Combine(_root, sub));
        }
        File.WriteAllText(Path.Combine(_root, "editions.json"), "{ \"editions\": [] }");
        Data = DataFolder.Open(_root);
    }

    public DataFolder Data { get; }

    /// <summary>Writes the bytes to a file of the folder; its full path.</summary>
    public string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_root, relative);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
