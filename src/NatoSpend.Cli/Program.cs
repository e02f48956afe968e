using System.CommandLine;
using NatoSpend.Cli;
using NatoSpend.Cli.Commands;

return NatoSpendApp.Run(args, CliContext.ForProcess());
