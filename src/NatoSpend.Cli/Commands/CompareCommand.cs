using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Editions;
using NatoSpend.Domain;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend compare</c>: one year as several editions publish it, or NATO beside SIPRI.</summary>
public static class CompareCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var year = new Option<string?>("--year") { Description = "The year to compare (required for nato and sipri)." };
        var outlooks = new Option<string?>("--outlooks")
        {
            Description = "With --source outlooks: the WEO vintages to set side by side, such as weo-2024-10,weo-2026-04 (default: every shipped outlook, oldest first).",
        };
        var pathOptions = new PathOptions();
        var editions = new Option<string?>("--editions")
        {
            Description = "NATO editions to set side by side, oldest first, such as 2025,2026 (default: all NATO editions that cover the year).",
        };
        var source = new Option<string>("--source")
        {
            Description = "nato (editions side by side, default), sipri (the newest NATO edition, or the one --editions names, beside SIPRI) or outlooks (how projected GDP and the money a path requires moved between IMF WEO vintages; --allies, --rules, --shape, --by).",
            DefaultValueFactory = _ => "nato",
        };
        var allies = CommonOptions.Allies();
        var format = CommonOptions.Format();
        var command = new Command("compare", "One year as published in several editions, with the revision per ally and the change in counts; NATO beside SIPRI, never merged; or how projections moved between IMF outlooks.")
        {
            year, editions, source, allies, format, outlooks, pathOptions.Rules, pathOptions.Shape, pathOptions.By, pathOptions.Target,
        };
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var picked = CommonOptions.ParseAllies(parse.GetValue(allies)!);
            if (string.Equals(parse.GetValue(source)!.Trim(), "outlooks", StringComparison.OrdinalIgnoreCase))
            {
                return CompareOutlooks(context, parse, export, outputFormat, picked, parse.GetValue(outlooks), pathOptions);
            }
            var yearText = parse.GetValue(year)
                ?? throw new UsageException("compare needs --year with --source nato or sipri, such as --year 2024.");
            CommonOptions.RefuseComma(yearText, $"The year '{yearText}'", v => v is >= 1949m and <= 2100m && v == decimal.Truncate(v), "2024", whole: true);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                throw new UsageException($"The year '{yearText}' is not a year; give one such as 2024.");
            }
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var datasets = Datasets(catalog, parse.GetValue(editions), parse.GetValue(source)!, y);
            var table = EditionComparison.Build(datasets, y, picked);
            if (export.Handle(context, parse, outputFormat, [new("Compare", table)],
                ExportOptions.Sources(parse, $"{y} as published in {string.Join(", ", datasets.Select(d => d.Edition.Publisher + " " + d.Edition.Id))}", datasets[^1].Edition,
                    others: datasets.SkipLast(1).Select(d => Export.Citations.Citation.Published(d.Edition, table.Columns.Where(c => c.Provenance == Provenance.Published).ToArray())))))
            {
                return ExitCodes.Ok;
            }
            switch (outputFormat)
            {
                case OutputFormat.Csv:
                    ReportWriter.WriteCsv(context.Out, table);
                    break;
                case OutputFormat.Json:
                    ReportWriter.WriteJson(context.Out, new JsonObject
                    {
                        ["year"] = y,
                        ["datasets"] = new JsonArray([.. datasets.Select(d => (JsonNode)ReportWriter.EditionAsJson(d.Edition))]),
                        ["allies"] = ReportWriter.RowsAsJson(table),
                        ["columns"] = ReportWriter.ColumnsAsJson(table),
                        ["notes"] = new JsonArray([.. table.Notes.Select(n => (JsonNode)JsonValue.Create(n))]),
                    });
                    break;
                default:
                    ReportWriter.WriteTable(context.Console, table,
                        $"{y} as published in {string.Join(", ", datasets.Select(d => d.Edition.Publisher + " " + d.Edition.Id))}");
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int CompareOutlooks(CliContext context, ParseResult parse, ExportOptions export, OutputFormat outputFormat,
        IReadOnlyList<Domain.Allies.Ally> picked, string? outlookIds, PathOptions options)
    {
        var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
        var rules = options.LoadRules(parse, catalog);
        var targets = options.ParseTargets(parse, rules);
        var shape = options.ParseShape(parse, rules);
        var deadline = options.ParseDeadline(parse, rules);
        var data = catalog.LoadNewest();
        RequiredPath.ValidateDeadline(deadline, data.LastYear, Years.Last);
        var ids = outlookIds?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? [.. catalog.Outlooks.Reverse().Select(o => o.Id)];
        var macro = ids.Select(id => CommonOptions.Usage(() => catalog.LoadOutlook(id))).ToArray();
        var table = CommonOptions.Usage(() => OutlookComparison.Build(data, macro, picked, targets, shape, options.ParseParameters(parse, rules),
            data.LastYear, deadline, ProjectionOptions.Default));
        var title = $"Projections on {string.Join(", ", macro.Select(m => m.Vintage))}: GDP and the money the {PathShapes.Name(shape)} path to {rules.Id}'s target requires by {deadline}";
        if (export.Handle(context, parse, outputFormat, [new("Outlooks", table)], ExportOptions.Sources(parse, title, data.Edition, [], [.. macro.Select(m => m.Source)])))
        {
            return ExitCodes.Ok;
        }
        PathOptions.Write(context, outputFormat, table, () => new JsonObject
        {
            ["outlooks"] = new JsonArray([.. macro.Select(m => (JsonNode)new JsonObject { ["id"] = m.Id, ["vintage"] = m.Vintage, ["source"] = m.Source })]),
            ["rules"] = rules.Id,
            ["shape"] = PathShapes.Name(shape),
            ["deadline"] = deadline,
            ["edition"] = data.Edition.Id,
            ["rows"] = ReportWriter.RowsAsJson(table),
            ["columns"] = ReportWriter.ColumnsAsJson(table),
            ["notes"] = new JsonArray([.. table.Notes.Select(n => (JsonNode)JsonValue.Create(n))]),
        }, title, []);
        return ExitCodes.Ok;
    }

    private static List<EditionData> Datasets(DataCatalog catalog, string? editions, string source, int year)
    {
        var ids = editions?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        switch (source.Trim().ToLowerInvariant())
        {
            case "nato":
                ids ??= [.. catalog.NatoEditions.Reverse().Where(e => catalog.Load(e.Id).Years.Contains(year)).Select(e => e.Id)];
                return [.. ids.Select(id => CommandRunner.LoadEdition(catalog, id))];
            case "sipri":
                var nato = CommandRunner.LoadEdition(catalog, ids is { Count: > 0 } ? ids[^1] : null);
                var sipri = catalog.Entries.FirstOrDefault(e => e.Kind == EditionKind.Sipri)
                    ?? throw new UsageException("The data folder has no SIPRI dataset; add one to editions.json or compare NATO editions.");
                return [nato, catalog.Load(sipri.Edition.Id)];
            default:
                throw new UsageException($"The source '{source}' is not one compare knows; use nato, sipri or outlooks.");
        }
    }
}
