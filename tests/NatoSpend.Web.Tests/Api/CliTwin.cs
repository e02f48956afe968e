extern alias cli;
using cli::NatoSpend.Cli;
using Spectre.Console;

namespace NatoSpend.Web.Tests.Api;

/// <summary>Runs the CLI in-process, to compare its <c>--format json</c> with the API's body byte for byte.</summary>
public static class CliTwin
{
    /// <summary>The exit code and standard output of <c>natospend</c> with <paramref name="arguments"/>.</summary>
    public static (int Code, string Output) Run(string[] arguments)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var code = NatoSpendApp.Run(arguments, new CliContext(console, output, new StringWriter()));
        return (code, output.ToString());
    }

    /// <summary>Asserts that the CLI exits 0 and writes exactly the API's body and a final newline.</summary>
    public static void AssertSameBytes(string apiBody, string[] arguments)
    {
        var (code, output) = Run(arguments);
        Assert.Equal(0, code);
        Assert.Equal(apiBody + "\n", output);
    }
}
