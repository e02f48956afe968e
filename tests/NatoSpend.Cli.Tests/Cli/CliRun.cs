using NatoSpend.Cli;
using Spectre.Console.Testing;

namespace NatoSpend.Tests.Cli;

/// <summary>The result of running <c>natospend</c> in-process.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the CLI in-process with captured output, as a user would run it.</summary>
public static class CliRun
{
    public static CliResult Run(params string[] args)
    {
        var console = new TestConsole().Width(260);
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(console, output, error);
        var code = NatoSpendApp.Run(args, context);
        return new CliResult(code, output + console.Output, error.ToString());
    }
}
