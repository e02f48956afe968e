namespace NatoSpend.Data.Files;

/// <summary>A folder of NatoSpend data files: the shipped one beside the program, or one a user names.</summary>
public sealed class DataFolder
{
    private DataFolder(string root) => Root = root;

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>The data that ships with NatoSpend, copied beside the program at build.</summary>
    public static DataFolder Shipped() => Open(Path.Combine(AppContext.BaseDirectory, "data"), "the shipped data folder");

    /// <summary>A data folder the user names (<c>--data DIR</c>).</summary>
    /// <exception cref="DataFileException">The folder does not exist or has no <c>editions.json</c>.</exception>
    public static DataFolder Open(string path, string description = "the data folder")
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new DataFileException(new DataProblem(path, null,
                $"{Capitalise(description)} '{path}' does not exist; pass --data with a folder laid out like the shipped data (editions.json, nato/, macro/)."));
        }
        if (!File.Exists(Path.Combine(full, "editions.json")))
        {
            throw new DataFileException(new DataProblem(path, null,
                $"{Capitalise(description)} '{path}' has no editions.json; a data folder needs the registry of editions beside its nato/ folder, as the shipped data has."));
        }
        return new DataFolder(full);
    }

    /// <summary>The full path of a file given relative to the folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>A file's path as shown in messages: relative to the folder, with forward slashes.</summary>
    public string Display(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
