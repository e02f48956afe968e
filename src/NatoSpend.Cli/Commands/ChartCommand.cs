using System.CommandLine;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting;
using System.Globalization;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Plans;
using NatoSpend.Domain;
using NatoSpend.Domain.Alliance;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Status;
using NatoSpend.Export.Charts;
using NatoSpend.Export.Files;
using NatoSpend.Reporting.Alliance;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Rules;
using NatoSpend.Reporting.Status;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend chart status|ally|path|alliance … --out FILE.png|FILE.svg</c>: the charts people publish, drawn by the same renderer as the reports and the web app.</summary>
public static class ChartCommand
{
    private static readonly OutputKind[] ChartKinds = [OutputKind.Png, OutputKind.Svg];

    /// <summary>Builds the command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        return new Command("chart", "Draws a chart to a PNG or SVG file (--out): ranked shares (status), an ally's history with its paths and plans (ally, path), the alliance's totals (alliance), the fan of a simulated ally's share (simulate), or every ally's newest plan against the required path (scorecard); each with a title, axis labels with units and the source line.")
        {
            Status(context), Ally(context, "ally"), Ally(context, "path"), Alliance(context), Simulate(context), Scorecard(context),
        };
    }

    /// <summary>Adds --out, --force, --width and --height to a chart command and runs <paramref name="draw"/> into the file.</summary>
    /// <param name="command">The chart subcommand with its own options.</param>
    /// <param name="context">The CLI context.</param>
    /// <param name="defaultHeight">The height when --height is 0, or <c>null</c> to let the chart fit its content.</param>
    /// <param name="draw">Draws the chart at the width and height asked for.</param>
    /// <param name="export">The --out and --force options, when the command's own options share --force.</param>
    private static Command Drawing(Command command, CliContext context, int? defaultHeight, Func<ParseResult, int, int, Chart> draw, ExportOptions? export = null)
    {
        export ??= new ExportOptions();
        command.Options.Add(export.Out);
        command.Options.Add(export.Force);
        var width = new Option<string>("--width") { Description = "Width in pixels, 200 to 4000 (default 1000).", DefaultValueFactory = _ => "1000" };
        var height = new Option<string>("--height") { Description = "Height in pixels, 200 to 4000 (default: fits the chart).", DefaultValueFactory = _ => "0" };
        command.Options.Add(width);
        command.Options.Add(height);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var file = export.OutFile(parse, ChartKinds);
            var (w, h) = ParseSize(parse, width, height);
            Save(context, file, draw(parse, w, h == 0 && defaultHeight is { } fallback ? fallback : h));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Status(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var year = CommonOptions.Year("The year (default: the edition's latest year).");
        var target = CommonOptions.Target();
        var allies = CommonOptions.Allies();
        var command = new Command("status", "Ranked shares of GDP in a year, with lines at 2%, 3.5%, 5% and the target; estimates hatched.") { edition, year, target, allies };
        return Drawing(command, context, defaultHeight: null, (parse, w, h) =>
        {
            var data = CommandRunner.LoadEdition(context.Catalog(parse.GetValue(CommonOptions.Data)), parse.GetValue(edition));
            var report = StatusReport.Build(data, CommonOptions.ParseYear(parse.GetValue(year), data), CommonOptions.ParseTarget(parse.GetValue(target)!), CommonOptions.ParseAllies(parse.GetValue(allies)!));
            if (report.Rows.Count == 0)
            {
                throw new UsageException($"No ally chosen has a share of GDP in {report.Year.ToString(CultureInfo.InvariantCulture)} in edition {data.Edition.Id}; choose other allies or another year.");
            }
            return ChartBook.Status(report, w, h);
        });
    }

    private static Command Ally(CliContext context, string name)
    {
        var code = new Argument<string>("ally") { Description = "The ally's ISO3 code, such as DEU." };
        var edition = CommonOptions.Edition();
        var plans = new Option<string[]>("--plan")
        {
            Description = "A national plan file (CSV or JSON) to draw and check, as many as you like (default: none; 'natospend report' adds the shipped ones).",
            AllowMultipleArgumentsPerToken = false,
        };
        var options = new PathOptions();
        var all = name == "ally";
        var command = new Command(name, all
            ? "An ally's share of GDP as published (estimates dashed), the required paths of every shape to the rule set's target, and any plans, against 2%, 3.5% and 5%."
            : "An ally's share of GDP as published and one required path (--shape, default the rule set's) to the target, and any plans.")
        {
            code, edition, plans,
        };
        options.AddTo(command);
        return Drawing(command, context, defaultHeight: 600, (parse, w, h) =>
        {
            var ally = AllyCommand.ParseAlly(parse.GetValue(code)!);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var figures = AllyFigures.Compute(catalog, parse, options, ally, parse.GetValue(edition), all ? null : options.ParseShape(parse, options.LoadRules(parse, catalog)), parse.GetValue(plans) ?? [], shippedPlans: false);
            return ChartBook.Ally(figures.Data, ally, figures.Paths, figures.Plans, w, h);
        });
    }

    private static Command Alliance(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var allies = CommonOptions.Allies();
        var options = new PathOptions();
        var command = new Command("alliance", "NATO's totals at 2021 prices as published, then every ally on a path shape to the deadline: the total, Europe and Canada, and the United States.") { edition, allies };
        options.AddTo(command);
        return Drawing(command, context, defaultHeight: 600, (parse, w, h) =>
        {
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var (data, view, _, _) = AllyFigures.AllianceView(catalog, parse, options, CommonOptions.ParseAllies(parse.GetValue(allies)!), parse.GetValue(edition));
            return ChartBook.Alliance(data, view, w, h);
        });
    }

    private static Command Simulate(CliContext context)
    {
        var export = new ExportOptions();
        var inputs = new SimulationInputs(export.Force);
        var command = new Command("simulate", "A fan of one ally's simulated share of GDP per year (as natospend simulate): the 5th to 95th and 25th to 75th percentile bands, the median, the path without shocks and the target.");
        inputs.AddTo(command);
        return Drawing(command, context, defaultHeight: 600, (parse, w, h) =>
        {
            inputs.RequireOneAlly(parse);
            return ChartBook.SimulationFan(inputs.Run(context, parse).Report, w, h);
        }, export);
    }

    private static Command Scorecard(CliContext context)
    {
        var options = new PathOptions();
        var command = new Command("scorecard", "Every ally's newest plan against the rule set's required path, in the deadline year or the plan's last announced year: the required share as a ring, the announced share coloured and shaped by status (on track, off track, not assessable), ranked by the gap.")
        {
            options.Rules, options.Growth, options.Rate, options.Outlook, options.ExchangeRates,
        };
        return Drawing(command, context, defaultHeight: null, (parse, w, h) => ScorecardChart.Draw(PlansCommand.LoadScorecard(context, parse, options), w, h));
    }

    private static (int Width, int Height) ParseSize(ParseResult parse, Option<string> width, Option<string> height)
    {
        int Side(string text, string option, bool zeroAllowed)
        {
            CommonOptions.RefuseComma(text, $"The size '{text}' given to {option}", v => v is >= 200m && v <= ChartFile.MaxSide && v == decimal.Truncate(v), "1000", whole: true);
            return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && (v is >= 200 and <= ChartFile.MaxSide || (zeroAllowed && v == 0))
                ? v
                : throw new UsageException($"The size '{text}' given to {option} is not a whole number of pixels from 200 to {ChartFile.MaxSide}; give one such as 1000.");
        }
        return (Side(parse.GetValue(width)!, "--width", false), Side(parse.GetValue(height)!, "--height", true));
    }

    private static void Save(CliContext context, OutputFile file, Chart chart)
    {
        var bytes = ChartFile.Render(chart, file.Kind, chart.Width, chart.Height);
        file.Write(stream => stream.Write(bytes));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {Path.GetFileName(file.Path)}: {file.Kind.ToString().ToUpperInvariant()}, {chart.Width} x {chart.Height} pixels."));
    }
}

/// <summary>What an ally's chart and report show, computed as <c>path</c> and <c>check</c> compute it.</summary>
/// <param name="Data">The edition.</param>
/// <param name="Rules">The rule set.</param>
/// <param name="Paths">The required paths.</param>
/// <param name="Projections">The GDP projections behind them.</param>
/// <param name="Plans">The checked plans.</param>
public sealed record AllyFigures(EditionData Data, RuleSet Rules, IReadOnlyList<RequiredPath> Paths, ProjectionSet Projections, IReadOnlyList<PlanCheck> Plans)
{
    /// <summary>The shapes drawn when none is named: every shape that moves towards the target.</summary>
    public static IReadOnlyList<PathShape> MovingShapes { get; } = [.. PathShapes.All.Where(s => s != PathShape.Hold)];

    /// <summary>Computes the paths (one shape, or every moving shape) and checks the plans (files given, or the shipped ones for the ally).</summary>
    public static AllyFigures Compute(DataCatalog catalog, ParseResult parse, PathOptions options, Ally ally, string? editionId, PathShape? shape, IReadOnlyList<string> planFiles, bool shippedPlans)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ally);
        ArgumentNullException.ThrowIfNull(planFiles);
        // The path inputs resolved once, as every projecting verb resolves them.
        var setup = PathSetup.Resolve(options.Input(parse, editionId), new DataSources(catalog), Face.Cli);
        var (rules, targets, parameters, projection, data, baseYear, deadline) =
            (setup.Rules, setup.Targets, setup.Parameters, setup.Options, setup.Data, setup.BaseYear, setup.Deadline);
        if (!ally.HasExpenditureData || data.Share(ally.Code, baseYear) is not { } baseShare)
        {
            throw new UsageException($"Edition {data.Edition.Id} has no share of GDP for {ally.Name} ({ally.Code}) in {baseYear.ToString(CultureInfo.InvariantCulture)} ({ally.NoDataReason ?? "no figure"}); choose another ally or --from-year.");
        }
        var outlook = setup.Outlook;
        var projections = ProjectionSet.Build(data, [ally], outlook, baseYear, deadline, projection);
        var paths = (shape is { } one ? [one] : MovingShapes)
            .Select(s => RequiredPath.Compute(projections.For(ally.Code), baseShare, targets.For(ally.Code), deadline, s, parameters))
            .ToArray();
        var files = planFiles.Count > 0 || !shippedPlans
            ? planFiles.Select(f => (Path: f, Display: f.Replace('\\', '/'))).ToArray()
            : [.. PlanReader.ShippedFiles(catalog.Folder).Select(f => (Path: catalog.Folder.PathOf(f), Display: f))];
        var newest = catalog.LoadNewest();
        var checks = new List<PlanCheck>();
        foreach (var (path, display) in files)
        {
            // A folder is the reader's to refuse, naming it as a folder.
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"The plan file '{display}' does not exist; give the path of a CSV or JSON plan (the shipped ones are in data/plans/).");
            }
            var plan = PlanReader.ReadFile(path, display);
            if (plan.Ally.Code != ally.Code)
            {
                if (planFiles.Count == 0)
                {
                    continue;
                }
                throw new UsageException($"The plan '{display}' is for {plan.Ally.Name} ({plan.Ally.Code}), not {ally.Name} ({ally.Code}); give a plan for {ally.Code}.");
            }
            var economy = PlanEconomy.Build(newest, plan.Ally, outlook, Math.Max(rules.Deadline, plan.LastYear), projection);
            checks.Add(PlanChecker.Check(plan, rules, economy));
        }
        return new AllyFigures(data, rules, paths, projections, checks);
    }

    /// <summary>Every ally on the shape to the deadline, as <c>alliance</c> computes it.</summary>
    public static (EditionData Data, AllianceView View, ProjectionSet Projections, RuleSet Rules) AllianceView(DataCatalog catalog, ParseResult parse, PathOptions options, IReadOnlyList<Ally> allies, string? editionId)
    {
        ArgumentNullException.ThrowIfNull(options);
        var setup = PathSetup.Resolve(options.Input(parse, editionId), new DataSources(catalog), Face.Cli);
        var (rules, targets, shape, parameters, data, baseYear, deadline) =
            (setup.Rules, setup.Targets, setup.Shape, setup.Parameters, setup.Data, setup.BaseYear, setup.Deadline);
        var projections = ProjectionSet.Build(data, allies, setup.Outlook, baseYear, deadline, setup.Options);
        var paths = projections.Projections
            .Select(p => RequiredPath.Compute(p, data.Share(p.Ally.Code, baseYear)!.Value, targets.For(p.Ally.Code), deadline, shape, parameters))
            .ToArray();
        var thresholds = StatusReport.StandardThresholds.Append(targets.Default).Concat(targets.ByAlly.Values);
        return (data, Domain.Alliance.AllianceView.Build(paths, thresholds), projections, rules);
    }
}
