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
        return new PathInput(edition, parse.GetValue(Rules), parse.GetValue(Target), parse.GetValue(Shape), parse.GetValue(FromYear), parse.GetValue(By),
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

    /// <summary>The targets: <c>--target</c> for all, else the rule set's.</summary>
    public Targets ParseTargets(ParseResult parse, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(Target) is { } text ? Targets.Uniform(ParseTargetValue(text)) : Targets.From(rules);
    }

    /// <summary>Parses a target, naming the option and the range.</summary>
    public static ShareOfGdp ParseTargetValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TypedNumber.TryParse(text.Trim().TrimEnd('%'), out var value) && value is < 0m or > 100m)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"The target {value} is outside 0 to 100 percent of GDP; choose --target between 0 and 100, such as 3.5."));
        }
        return CommonOptions.ParseTarget(text);
    }

    /// <summary>The deadline: <c>--by</c>, else the rule set's.</summary>
    public int ParseDeadline(ParseResult parse, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(rules);
        return parse.GetValue(By) is { } text ? ParseYear(text, "--by", "2035") : rules.Deadline;
    }

    /// <summary>The shape: <c>--shape</c>, else the rule set's.</summary>
    public PathShape ParseShape(ParseResult parse, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(rules);
        var text = parse.GetValue(Shape);
        return text is null ? rules.DefaultShape : CommonOptions.Usage(() => UserInput.Shape(text));
    }

    /// <summary>The base year: <c>--from-year</c>, else the edition's latest.</summary>
    public int ParseBaseYear(ParseResult parse, EditionData data)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(data);
        if (parse.GetValue(FromYear) is not { } text)
        {
            return data.LastYear;
        }
        var year = ParseYear(text, "--from-year", "2024");
        return data.Years.Contains(year)
            ? year
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"The base year {year} is not in edition {data.Edition.Id}, which covers {data.FirstYear} to {data.LastYear}; choose --from-year in that range."));
    }

    /// <summary>The shape parameters: <c>--step</c> and <c>--fraction</c>, else the rule set's, else the defaults.</summary>
    public PathParameters ParseParameters(ParseResult parse, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(rules);
        var step = parse.GetValue(Step) is { } s ? ParseNumber(s, "--step", "0.2") : rules.MinAnnualStepPp ?? PathParameters.Default.MinStepPp;
        var fraction = parse.GetValue(Fraction) is { } f ? ParseNumber(f, "--fraction", "0.25") : rules.FrontLoadFraction;
        return new PathParameters(step, fraction);
    }

    /// <summary>The growth and exchange-rate overrides.</summary>
    public ProjectionOptions ParseProjection(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return CommonOptions.Usage(() => UserInput.Projection(parse.GetValue(Growth)!, parse.GetValue(Rate)!, parse.GetValue(ExchangeRates)));
    }

    /// <summary>The outlook named by <c>--outlook</c>, else the newest; only the projecting commands call this.</summary>
    public MacroOutlook LoadOutlook(ParseResult parse, DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(catalog);
        var id = parse.GetValue(Outlook);
        return CommonOptions.Usage(() => catalog.LoadOutlook(id));
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
        switch (format)
        {
            case OutputFormat.Csv:
                ReportWriter.WriteCsv(context.Out, table);
                break;
            case OutputFormat.Json:
                ReportWriter.WriteJson(context.Out, json());
                break;
            default:
                ReportWriter.WriteTable(context.Console, WithoutColumns(table, hidden), title);
                break;
        }
    }

    private static int ParseYear(string text, string option, string example) => CommonOptions.Usage(() => UserInput.YearValue(text, option, example));

    private static decimal ParseNumber(string text, string option, string example) => CommonOptions.Usage(() => UserInput.Number(text, option, example));
}
