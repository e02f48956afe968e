using System.CommandLine;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Domain.Editions;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Editions;

namespace NatoSpend.Cli.Commands;

/// <summary>Exit codes of <c>natospend</c>.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;
    /// <summary>A data file (shipped, <c>--data</c>, a rule or plan file) is malformed.</summary>
    public const int BadData = 1;
    /// <summary>The command line asks for something the command does not accept.</summary>
    public const int Usage = 2;
    /// <summary><c>natospend check</c>: the plan is not credible, or incomplete.</summary>
    public const int NotCredible = 3;
}

/// <summary>Runs a command's body and turns the user's mistakes into one-sentence messages and exit codes, never a stack trace.</summary>
public static class CommandRunner
{
    /// <summary>Runs the body; usage mistakes exit 2, bad data 1.</summary>
    public static int Run(CliContext context, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (InputException e)
        {
            context.Error.WriteLine($"natospend: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"natospend: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (DataFileException e)
        {
            foreach (var problem in e.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }
            context.Error.WriteLine(e.Count switch
            {
                1 => "natospend: the files read have a problem (above); nothing was computed.",
                var count when count == e.Problems.Count => $"natospend: the files read have {count} problems (above); nothing was computed.",
                var count => $"natospend: the files read have {count} problems (the first {FileLimits.ProblemsPerFile} of each file above); nothing was computed.",
            });
            return ExitCodes.BadData;
        }
        catch (OverflowException)
        {
            // The readers refuse figures beyond their bounds; this is the last guard for a combination of figures no bound foresaw.
            context.Error.WriteLine("natospend: a calculation overflowed on the figures given, one of which must be implausibly large or small; check the values of the data, plan and rule files against the bounds in data/README.md.");
            return ExitCodes.BadData;
        }
        catch (IOException e)
        {
            // Writing an --out file: a full disk, a file that appeared meanwhile, a folder without write permission.
            context.Error.WriteLine($"natospend: {e.Message}");
            return ExitCodes.BadData;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"natospend: {e.Message} Choose a folder you can write to.");
            return ExitCodes.BadData;
        }
        catch (Export.ExportException e)
        {
            context.Error.WriteLine($"natospend: {e.Message}");
            return ExitCodes.BadData;
        }
        catch (ArgumentException e)
        {
            // The domain validates its inputs with ArgumentException: a value the user typed.
            context.Error.WriteLine($"natospend: {UserMessage(e)}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>The NATO edition a user names, or the newest.</summary>
    public static EditionData LoadEdition(DataCatalog catalog, string? id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return CommonOptions.Usage(() => catalog.LoadNato(id, "'natospend compare --source sipri'"));
    }

    /// <summary>The value of an option on the parse result.</summary>
    public static T Get<T>(ParseResult result, Option<T> option)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.GetValue(option)!;
    }

    /// <summary>The message of a domain validation error without the parameter details meant for developers.</summary>
    public static string UserMessage(ArgumentException exception) => UserInput.MessageOf(exception);
}
