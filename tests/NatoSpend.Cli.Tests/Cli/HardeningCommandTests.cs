using NatoSpend.Export;
using NatoSpend.Export.Files;
using NatoSpend.Tests.Export;

namespace NatoSpend.Tests.Cli;

/// <summary>The issue's reproducers at the command line: each gets one sentence and exit 1 (bad data or a failed write) or 2 (usage), never a stack trace.</summary>
public sealed class HardeningCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void InvalidUtf8InAJsonPlan_ExitsOneWithTheLine()
    {
        var path = _temp.File("d.json");
        File.WriteAllBytes(path, [.. "{\"ally\":\"DEU\",\"title\":\""u8, 0xFF, .. "\",\"years\":[{\"year\":2030,\"core_share\":3.5}]}"u8]);
        var result = CliRun.Run("check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}:1: the plan file is not UTF-8 text: the byte 0xFF in column 24 is not valid UTF-8; save the file as UTF-8.\n"
            + "natospend: the files read have a problem (above); nothing was computed.\n", result.Error);
    }

    [Fact]
    public void AnEndlessPlan_IsRefusedAtItsLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device on this system
        }
        var result = CliRun.Run("check", "/dev/zero");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("/dev/zero: the plan file is larger than 1 MiB, the largest plan file NatoSpend reads (see data/README.md); check that this is the file you meant.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderGivenAsAPlan_IsNamedAsAFolder()
    {
        var result = CliRun.Run("chart", "ally", "DEU", "--plan", _temp.Path, "--out", _temp.File("c.png"));
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{_temp.Path}: '{_temp.Path}' is a folder, not a plan file; give the path of a file (such as one in that folder).\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownAllyAfterAGroup_IsTheOneBlamed()
    {
        var result = CliRun.Run("status", "--allies", "all,XXX");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("natospend: 'XXX' is not an ally code or group; use an ISO3 code such as DEU or POL (a comma-separated list is fine) or one of the groups all, europe-canada, europe, eu.\n", result.Error);
        Assert.Equal(0, CliRun.Run("status", "--allies", "europe,USA", "--format", "csv").ExitCode);
    }

    [Fact]
    public void AWriteThatFails_ExitsOneAndLeavesNoTemporaryFile()
    {
        // A name the folder accepts but whose temporary sibling is too long for the file system: the write fails after every check passed.
        var name = new string('a', 250) + ".xlsx";
        var result = CliRun.Run("status", "--format", "xlsx", "--out", _temp.File(name));
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"natospend: The file '{_temp.File(name)}' could not be written (", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("and nothing was left behind; free some space, check that you may write to the folder, or choose another --out.\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp-", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void AFailingWriter_LeavesNoTemporaryFile_AndSaysSoInOneSentence()
    {
        var file = OutputFile.Check(_temp.File("out.csv"), [OutputKind.Csv], force: false);
        var e = Assert.Throws<ExportException>(() => file.Write(_ => throw new IOException("No space left on device")));
        Assert.Equal($"The file '{_temp.File("out.csv")}' could not be written (No space left on device), and nothing was left behind; free some space, check that you may write to the folder, or choose another --out.", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void TemporaryFilesOfAKilledProcess_AreRemovedByTheNextWrite()
    {
        var target = _temp.File("out.csv");
        var killed = $"{target}.tmp-{int.MaxValue}-0123abcd"; // no process has that id
        var running = $"{target}.tmp-{Environment.ProcessId}-0123abcd";
        File.WriteAllText(killed, "half");
        File.WriteAllText(running, "half");
        OutputFile.Check(target, [OutputKind.Csv], force: false).Write(stream => stream.Write("a,b\n"u8));
        Assert.False(File.Exists(killed));
        Assert.True(File.Exists(running));
        Assert.Equal("a,b\n", File.ReadAllText(target));
    }
}
