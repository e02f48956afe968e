namespace NatoSpend.Tests;

/// <summary>The repository the tests run in, for the files users read (README.md, data/).</summary>
public static class Repository
{
    /// <summary>The folder holding NatoSpend.slnx.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NatoSpend.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The tests run outside the repository: no NatoSpend.slnx above " + AppContext.BaseDirectory);
    }
}
