using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Rules;
using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Text;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Cli.Commands;

/// <summary>The options that the projecting commands (path, gap, alliance) share, and how they are read.</summary>
public sealed class PathOptions
{
    /// <summary><c>--rules</c>: a shipped id or the path of a JSON rule file.</summary>
    public Option<string> Rules { get; } = new("--rules")
    {
        Description = "The rule set: hague-2025 (default), hague-draft-2032, spain-view, vilnius-2023, wales-2014, or the path of your own JSON rule file (see data/rules/README.md).",
        DefaultValueFactory = _ => RuleSetReader.DefaultId,
    };

    /// <summary><c>--target</c>: replaces the rule set's core targets for every ally.</summary>
    public Option<string?> Target { get; } = new("--target")
    {
        Description = "The target share of GDP in percent for every ally (default: the rule set's core target, with its per-ally targets).",
    };

    /// <summary><c>--by</c>: the deadline.</summary>
    public Option<string?> By { get; } = new("--by")
    {
        Description = "The deadline year (default: the rule set's deadline).",
    };

    /// <summary><c>--shape</c>.</summary>
    public Option<string?> Shape { get; } = new("--shape")
    {
        Description = "The path shape: linear, min-step, real-growth, front-loaded or hold (default: the rule set's).",
    };

    /// <summary><c>--from-year</c>: the base year.</summary>
    public Option<string?> FromYear { get; } = new("--from-year")
    {
        Description = "The base year whose published share the path starts from (default: the edition's latest year).",
    };

    /// <summary><c>--step</c>: the min-step path's step.</summary>
    public Option<string?> Step { get; } = new("--step")
    {
        Description = "The step of a min-step path, percentage points a year (default: the rule set's minimum step, else 0.2).",
    };

    /// <summary><c>--fraction</c>: the front-loaded path's fraction.</summary>
    public Option<string?> Fraction { get; } = new("--fraction")
    {
        Description = "The fraction of the remaining distance a front-loaded path closes each year, between 0 and 1 (default: the rule set's, else 0.25).",
    };

    /// <summary><c>--growth</c>: long-run GDP growth overrides, repeatable.</summary>
    public Option<string[]> Growth { get; } = new("--growth")
    {
        Description = "Long-run GDP growth after the outlook's last year (2031 in the April 2026 WEO), percent a year: 3.1 (nominal) or 1.2+2.0 (real plus inflation), for all allies, or DEU=3.1 for one; repeat the option for several.",
        DefaultValueFactory = _ => [],
    };

    /// <summary><c>--rate</c>: exchange-rate overrides, repeatable.</summary>
    public Option<string[]> Rate { get; } = new("--rate")
    {
        Description = "An exchange rate to hold for every year instead of the projected rates, national currency per USD, such as EUR=0.92; repeatable.",
        DefaultValueFactory = _ => [],
    };

    /// <summary><c>--outlook</c>: the macro outlook projections stand on.</summary>
    public Option<string?> Outlook { get; } = new("--outlook")
    {
        Description = "The IMF World Economic Outlook vintage GDP and exchange rates are projected on: weo-2026-04 (default, the newest), weo-2025-10, weo-2025-04 or weo-2024-10 (see 'natospend editions').",
    };

    /// <summary><c>--exchange-rates</c>: how exchange rates move after the base year.</summary>
    public Option<string?> ExchangeRates { get; } = new("--exchange-rates")
    {
        Description = "How exchange rates move after the base year: outlook (default: NATO's base-year rate, then the outlook's NGDP/NGDPD, then relative GDP deflators against the US) or hold (NATO's base-year rate for every year).",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command, bool shapes = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Rules);
        command.Options.Add(Target);
        command.Options.Add(By);
        if (shapes)
        {
            command.Options.Add(Shape);
            command.Options.Add(FromYear);
            command.Options.Add(Step);
            command.Options.Add(Fraction);
        }
        command.Options.Add(Growth);
        command.Options.Add(Rate);
        command.Options.Add(Outlook);
        command.Options.Add(ExchangeRates);
    }

    /// <summary>The path inputs as typed, for <see cref="PathSetup.Resolve"/>; options the command does not take stay <c>null</c>.</summary>
    public PathInput Input(ParseResult parse, string? edition)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // The rule set's default is shown in --help, but only a rule set the user typed counts as given.
        var rules = parse.GetResult(Rules) is { Implicit: false } ? parse.GetValue(Rules) : null;
        return new PathInput(edition, rules, parse.GetValue(Target), parse.GetValue(Shape), parse.GetValue(FromYear), parse.GetValue(By),
            parse.GetValue(Step), parse.GetValue(Fraction), parse.GetValue(Growth), parse.GetValue(Rate), parse.GetValue(Outlook), parse.GetValue(ExchangeRates));
    }

    /// <summary>The rule set named by <c>--rules</c>.</summary>
    public RuleSet LoadRules(ParseResult parse, DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(catalog);
        try
        {
            return RuleSetReader.Load(catalog.Folder, parse.GetValue(Rules)!);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(CommandRunner.UserMessage(e));
        }
    }

    /// <summary>The shape: <c>--shape</c>, else the rule set's.</summary>
    public PathShape ParseShape(ParseResult parse, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(rules);
        var text = parse.GetValue(Shape);
        return text is null ? rules.DefaultShape : CommonOptions.Usage(() => UserInput.Shape(text));
    }

    /// <summary>A table without the columns that label every row, for people (they are said once in the title).</summary>
    public static ReportTable WithoutColumns(ReportTable table, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keys);
        var keep = Enumerable.Range(0, table.Columns.Count).Where(i => !keys.Contains(table.Columns[i].Key)).ToArray();
        return new ReportTable([.. keep.Select(i => table.Columns[i])], [.. table.Rows.Select(r => (IReadOnlyList<object?>)[.. keep.Select(i => r[i])])], table.Notes);
    }

    /// <summary>Writes a table as CSV, JSON (through <paramref name="json"/>) or a table with a title.</summary>
    public static void Write<T>(CliContext context, OutputFormat format, ReportTable table, Func<T> json, string title, IReadOnlyCollection<string> hidden)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(json);
        ReportWriter.Write(context, format, table, json, () => ReportWriter.WriteTable(context, WithoutColumns(table, hidden), title));
    }

}
