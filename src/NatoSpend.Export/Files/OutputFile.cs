namespace NatoSpend.Export.Files;

/// <summary>The kinds of file NatoSpend writes, by extension.</summary>
public enum OutputKind
{
    /// <summary>An Office Open XML workbook (<c>.xlsx</c>).</summary>
    Xlsx,
    /// <summary>A PNG image.</summary>
    Png,
    /// <summary>An SVG image.</summary>
    Svg,
    /// <summary>A self-contained HTML page.</summary>
    Html,
    /// <summary>A PDF printed from the HTML page.</summary>
    Pdf,
    /// <summary>RFC 4180 CSV, written with its CSVW metadata beside it.</summary>
    Csv,
    /// <summary>A JSON document (the CSVW metadata beside a CSV file).</summary>
    Json,
}

/// <summary>A file the user asked NatoSpend to write with <c>--out</c>: checked before anything is computed, never overwritten without <c>--force</c>.</summary>
/// <remarks>
/// NatoSpend never builds a file name from its input (an ally code, a plan's title): the user names the file, and the name is
/// checked here for an accepted extension, an existing folder and no existing file.
/// </remarks>
public sealed record OutputFile
{
    private OutputFile(string path, string shown, OutputKind kind, bool force)
    {
        Path = path;
        Shown = shown;
        Kind = kind;
        Force = force;
    }

    /// <summary>The full path.</summary>
    public string Path { get; }

    /// <summary>The path as the user gave it, for messages.</summary>
    public string Shown { get; }

    /// <summary>What the extension says to write.</summary>
    public OutputKind Kind { get; }

    /// <summary>Whether an existing file may be replaced.</summary>
    public bool Force { get; }

    /// <summary>Checks a path given with <c>--out</c>.</summary>
    /// <param name="path">The path as the user typed it.</param>
    /// <param name="accepted">The kinds the command writes.</param>
    /// <param name="force">Whether <c>--force</c> was given.</param>
    /// <exception cref="ArgumentException">The name, folder or extension is not usable, or the file exists without <paramref name="force"/>; the message says which and the fix.</exception>
    public static OutputFile Check(string? path, IReadOnlyList<OutputKind> accepted, bool force)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var names = string.Join(", ", accepted.Select(k => "." + k.ToString().ToLowerInvariant()));
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"Give the file to write with --out, such as --out out{names.Split(',')[0]} (accepted: {names}).", nameof(path));
        }
        if (path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0 || path.Any(char.IsControl))
        {
            throw new ArgumentException($"The file name '{Printable(path)}' given to --out has characters a file name cannot have; choose a plain name such as report{names.Split(',')[0]}.", nameof(path));
        }
        var extension = System.IO.Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        var kind = accepted.FirstOrDefault(k => k.ToString().Equals(extension, StringComparison.OrdinalIgnoreCase), (OutputKind)(-1));
        if (!accepted.Contains(kind))
        {
            throw new ArgumentException($"The file '{path}' given to --out must end in {names}; the extension says what is written.", nameof(path));
        }
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new ArgumentException($"The folder of '{path}' given to --out does not exist; create it first or write to an existing folder.", nameof(path));
        }
        if (Directory.Exists(full))
        {
            throw new ArgumentException($"'{path}' given to --out is a folder; give a file name in it, such as {System.IO.Path.Combine(path, "out" + names.Split(',')[0])}.", nameof(path));
        }
        if (File.Exists(full) && !force)
        {
            throw new ArgumentException($"The file '{path}' exists; NatoSpend does not overwrite it unless you add --force (or choose another --out).", nameof(path));
        }
        return new OutputFile(full, path, kind, force);
    }

    /// <summary>
    /// A second file written beside this one, named by adding <paramref name="suffix"/> to the name the user gave (never to other input),
    /// such as <c>x.csv-metadata.json</c> beside <c>x.csv</c>; it follows the same rule: an existing file is left alone without <c>--force</c>.
    /// </summary>
    /// <param name="given">The --out path as the user typed it, for the message.</param>
    /// <param name="suffix">What to add to the name.</param>
    /// <param name="kind">What the second file is.</param>
    /// <exception cref="ArgumentException">The file exists without <c>--force</c>, or is a folder.</exception>
    public OutputFile Beside(string given, string suffix, OutputKind kind)
    {
        ArgumentNullException.ThrowIfNull(suffix);
        var full = Path + suffix;
        if (Directory.Exists(full))
        {
            throw new ArgumentException($"'{given}{suffix}', where NatoSpend writes the file beside --out '{given}', is a folder; choose another --out.", nameof(suffix));
        }
        if (File.Exists(full) && !Force)
        {
            throw new ArgumentException($"The file '{given}{suffix}' (written beside --out '{given}') exists; NatoSpend does not overwrite it unless you add --force (or choose another --out).", nameof(suffix));
        }
        return new OutputFile(full, given + suffix, kind, Force);
    }

    /// <summary>Writes the file through a temporary file beside it, so that a failure leaves no half-written file.</summary>
    /// <remarks>
    /// The temporary file is named after the file and the process (<c>NAME.tmp-PID-XXXXXXXX</c>); it is removed when the write fails,
    /// when the process is stopped by a signal, and, when the process was killed outright, by the next write of the same file.
    /// </remarks>
    /// <exception cref="ExportException">The file could not be written (a full disk, a folder without write permission, a file that appeared meanwhile); nothing was left.</exception>
    public void Write(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        TemporaryFiles.RemoveStale(Path);
        var temp = TemporaryFiles.Name(Path);
        TemporaryFiles.Track(temp);
        try
        {
            // Read and write: the Open XML package reads back what it writes.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
            }
            if (!Force && File.Exists(Path))
            {
                throw new ExportException($"The file '{Shown}' appeared while NatoSpend was writing it, and was left alone; add --force to overwrite it, or choose another --out.");
            }
            File.Move(temp, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e.Message.Replace($" : '{temp}'", "", StringComparison.Ordinal).Replace(temp, Shown, StringComparison.Ordinal).TrimEnd('.');
            throw new ExportException($"The file '{Shown}' could not be written ({reason}), and nothing was left behind; free some space, check that you may write to the folder, or choose another --out.", e);
        }
        finally
        {
            TemporaryFiles.Remove(temp);
        }
    }

    private static string Printable(string text) => new([.. text.Select(c => char.IsControl(c) ? '?' : c)]);
}
