namespace NatoSpend.Tests.Export;

/// <summary>The programs a user checks exports with (LibreOffice, poppler, Chromium): on PATH or at Debian's paths.</summary>
public static class ExternalTools
{
    /// <summary>Whether the tests run in CI, where every tool must be present (.ci/run installs them).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of a program, or <c>null</c>.</summary>
    public static string? Find(string name)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return dirs.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>The program's path; fails the test with the install command when it is missing.</summary>
    public static string Require(string name) => Find(name)
        ?? throw new InvalidOperationException($"'{name}' is not installed; CI installs it with 'apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils chromium' (.ci/run).");
}

/// <summary>A fact that needs external programs: it runs (and fails if they are missing) under CI=true, and is skipped with the reason elsewhere.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => ExternalTools.Find(t) is null).ToArray();
        if (missing.Length > 0 && !ExternalTools.InCi)
        {
            Skip = $"needs {string.Join(", ", missing)} (not installed here; .ci/run installs it and CI runs this test)";
        }
    }
}
