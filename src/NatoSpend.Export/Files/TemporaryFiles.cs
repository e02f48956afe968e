using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NatoSpend.Export.Files;

/// <summary>The temporary files <see cref="OutputFile.Write"/> writes through: named after the file and the process, and removed whatever stops the write.</summary>
internal static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, bool> Open = new(StringComparer.Ordinal);
    private static readonly Lazy<PosixSignalRegistration[]> Signals = new(Register);

    /// <summary>A new temporary name beside <paramref name="path"/>: <c>NAME.tmp-PID-XXXXXXXX</c>.</summary>
    public static string Name(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}.tmp-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Notes a temporary file as being written, so that a stopping signal removes it.</summary>
    public static void Track(string temp)
    {
        _ = Signals.Value;
        Open[temp] = true;
    }

    /// <summary>Removes a temporary file (if it is still there) and stops tracking it.</summary>
    public static void Remove(string temp)
    {
        Open.TryRemove(temp, out _);
        Delete(temp);
    }

    /// <summary>Removes the temporary files of <paramref name="path"/> left by processes that no longer run (killed outright, so nothing could clean up).</summary>
    public static void RemoveStale(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }
        var prefix = System.IO.Path.GetFileName(path) + ".tmp-";
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*"))
        {
            var rest = System.IO.Path.GetFileName(file)[prefix.Length..].Split('-');
            if (rest.Length == 2 && rest[1].Length == 8 && int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !Runs(pid))
            {
                Delete(file);
            }
        }
    }

    private static bool Runs(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // A signal that stops the process (Ctrl+C, kill, a closed terminal) ends it without running finally blocks, so the files go here.
    private static PosixSignalRegistration[] Register()
    {
        PosixSignal[] signals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP];
        return [.. signals.Select(signal => PosixSignalRegistration.Create(signal, _ =>
        {
            foreach (var temp in Open.Keys)
            {
                Delete(temp);
            }
        }))];
    }

    private static void Delete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still open elsewhere or not ours to remove: leaving it is all that can be done.
        }
    }
}
