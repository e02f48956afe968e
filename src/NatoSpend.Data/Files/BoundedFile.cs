namespace NatoSpend.Data.Files;

/// <summary>Reads a whole file as a stream, refusing it as soon as it passes its reader's limit (<see cref="FileLimits"/>).</summary>
internal static class BoundedFile
{
    /// <summary>The file's bytes.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="display">How the file is named in messages.</param>
    /// <param name="limit">The largest size accepted, in bytes.</param>
    /// <param name="what">What the file is, for messages: "plan file", "rule file".</param>
    /// <exception cref="DataFileException">The path is a folder or missing, the file cannot be read, or it is larger than <paramref name="limit"/>.</exception>
    public static byte[] Read(string path, string display, int limit, string what)
    {
        if (Directory.Exists(path))
        {
            throw new DataFileException(new DataProblem(display, null, $"'{display}' is a folder, not a {what}; give the path of a file (such as one in that folder)."));
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            // A regular file says its size, so a large one is refused before a byte is read; a device or pipe is read up to the limit.
            var known = stream.CanSeek ? stream.Length : 0;
            if (known > limit)
            {
                throw TooLarge(display, limit, what, known);
            }
            var buffer = new byte[(int)Math.Min(Math.Max(known, 4096), limit + 1L)];
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (filled > limit)
                    {
                        throw TooLarge(display, limit, what, null);
                    }
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, limit + 1L));
                }
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    break;
                }
                filled += read;
            }
            if (filled > limit)
            {
                throw TooLarge(display, limit, what, null);
            }
            return filled == buffer.Length ? buffer : buffer[..filled];
        }
        catch (FileNotFoundException)
        {
            throw new DataFileException(new DataProblem(display, null, $"the {what} does not exist; check the path."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(new DataProblem(display, null, $"the {what} cannot be read ({e.Message}); check the path and its permissions."));
        }
    }

    /// <summary>The refusal of a file (or a text) larger than its reader's limit.</summary>
    public static DataFileException TooLarge(string display, int limit, string what, long? size) => new(new DataProblem(display, null,
        $"the {what} is {(size is { } s ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s} bytes, ") : "")}larger than {FileLimits.Describe(limit)}, the largest {what} NatoSpend reads (see data/README.md); check that this is the file you meant."));
}
