using System.CommandLine;
using NatoSpend.Cli.Commands;

namespace NatoSpend.Cli;

/// <summary>The <c>natospend</c> command line: every command, and how parse errors become exit code 2.</summary>
public static class NatoSpendApp
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("natospend: NATO allies' defence spending against the alliance's pledges (2%, 3.5% core, 5%), from official data with every number sourced.")
        {
            StatusCommand.Create(context),
            AllyCommand.Create(context),
            EditionsCommand.Create(context),
            CompareCommand.Create(context),
            WorldCommand.Create(context),
            UkraineCommand.Create(context),
            PathCommand.Create(context),
            GapCommand.Create(context),
            AllianceCommand.Create(context),
            CheckCommand.Create(context),
            PlanCommand.Create(context),
            PlansCommand.Create(context),
            PersonnelCommand.Create(context),
            ChartCommand.Create(context),
            ReportCommand.Create(context),
            ServeCommand.Create(context),
            SimulateCommand.Create(context),
            FiscalCommand.Create(context),
            ChangesCommand.Create(context),
            ImportCommand.Create(context),
            SiteCommand.Create(context),
        };
        root.Options.Add(CommonOptions.Data);
        root.Options.Add(CommonOptions.Columns);
        root.Options.Add(CommonOptions.Wide);
        return root;
    }

    /// <summary>Parses and runs; parse errors print one line each and exit with 2.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = Build(context).Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine($"natospend: {error.Message}");
            }
            context.Error.WriteLine("natospend: see 'natospend --help' or 'natospend <command> --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            context.Layout = Output.TableLayout.Of(context.TerminalWidth, result.GetValue(CommonOptions.Columns), result.GetValue(CommonOptions.Wide));
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"natospend: {e.Message}");
            return ExitCodes.Usage;
        }
        return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
