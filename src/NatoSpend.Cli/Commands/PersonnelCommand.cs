using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using NatoSpend.Cli.Output;
using NatoSpend.Data.Capability;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Reporting;
using Spectre.Console;
using static System.FormattableString;

namespace NatoSpend.Cli.Commands;

/// <summary><c>natospend personnel DEU [--add 60000]</c>: what a service member costs, and what adding many would cost against a path's extra money.</summary>
public static class PersonnelCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var code = new Argument<string?>("ally") { Description = "The ally's ISO3 code, such as DEU (or use --allies with --add to spread a need).", Arity = ArgumentArity.ZeroOrOne };
        var allies = new Option<string?>("--allies") { Description = "Spread an alliance-level need (--add) over these allies: ISO3 codes or all, europe-canada, europe, eu." };
        var add = new Option<string?>("--add") { Description = "Service members to add by the deadline, such as 60000 (without it: the ally's personnel economics, year by year)." };
        var ramp = new Option<string>("--ramp") { Description = "How they arrive: linear (the same number each year, default) or immediate.", DefaultValueFactory = _ => "linear" };
        var key = new Option<string>("--key") { Description = "How --allies spreads the need: population (default), gdp or personnel, from NATO's base-year figures.", DefaultValueFactory = _ => "population" };
        var unitCosts = new Option<string?>("--unit-costs") { Description = "A JSON file of unit costs with sources (see data/capability/README.md); without one, the cost of a member is derived from the ally's NATO figures." };
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format();
        var options = new PathOptions();
        var command = new Command("personnel", "Personnel economics from NATO's tables (spending per service member, equipment per member), and the yearly cost of adding service members on a ramp, in money, in pp of GDP and as a share of a path's extra spending.")
        {
            code, allies, add, ramp, key, unitCosts, edition, format,
        };
        options.AddTo(command);
        var export = new ExportOptions();
        export.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(context, () =>
        {
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format)!);
            export.Validate(parse, outputFormat);
            var catalog = context.Catalog(parse.GetValue(CommonOptions.Data));
            var addText = parse.GetValue(add);
            if (addText is null)
            {
                if (parse.GetValue(code) is not { } one)
                {
                    throw new UsageException("Name an ally, such as 'natospend personnel DEU', or give --add with --allies to spread a need.");
                }
                var ally = AllyCommand.ParseAlly(one);
                var data = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
                var economics = PersonnelTable.Build(data, ally);
                if (export.Handle(context, parse, outputFormat, [new("Personnel", economics)],
                    ExportOptions.Sources(parse, $"{ally.Name} ({ally.Code}): personnel economics, NATO edition {data.Edition.Id}", data.Edition)))
                {
                    return ExitCodes.Ok;
                }
                PathOptions.Write(context, outputFormat, economics, () => new JsonObject
                {
                    ["ally"] = ally.Code.Value,
                    ["name"] = ally.Name,
                    ["currency"] = ally.Currency.Code,
                    ["edition"] = data.Edition.Id,
                    ["source"] = ReportWriter.EditionAsJson(data.Edition),
                    ["years"] = ReportWriter.RowsAsJson(economics),
                    ["columns"] = ReportWriter.ColumnsAsJson(economics),
                    ["notes"] = PathOptions.LinesAsJson(economics.Notes),
                }, $"{ally.Name} ({ally.Code}): personnel economics, NATO edition {data.Edition.Id}", ["edition", "definition", "prices"]);
                return ExitCodes.Ok;
            }

            var count = ParseCount(addText);
            var rampValue = parse.GetValue(ramp)!.Trim().ToLowerInvariant() switch
            {
                "linear" => Ramp.Linear,
                "immediate" => Ramp.Immediate,
                var other => throw new UsageException($"The ramp '{other}' is not one NatoSpend knows; use linear or immediate."),
            };
            var picked = PickAllies(parse.GetValue(code), parse.GetValue(allies));
            var spreadKey = parse.GetValue(key)!.Trim().ToLowerInvariant() switch
            {
                "population" => SpreadKey.Population,
                "gdp" => SpreadKey.Gdp,
                "personnel" => SpreadKey.Personnel,
                var other => throw new UsageException($"The key '{other}' is not one NatoSpend spreads by; use population, gdp or personnel."),
            };
            var rules = options.LoadRules(parse, catalog);
            var targets = options.ParseTargets(parse, rules);
            var shape = options.ParseShape(parse, rules);
            var parameters = options.ParseParameters(parse, rules);
            var projectionOptions = options.ParseProjection(parse);
            var data2 = CommandRunner.LoadEdition(catalog, parse.GetValue(edition));
            var baseYear = options.ParseBaseYear(parse, data2);
            var deadline = options.ParseDeadline(parse, rules);
            RequiredPath.ValidateDeadline(deadline, baseYear, 2100);
            var book = UnitCostReader.Read(catalog.Folder, parse.GetValue(unitCosts));

            var spread = picked.Count > 1 || parse.GetValue(allies) is not null;
            var (parts, leftOut) = spread
                ? PersonnelCost.Spread(data2, [.. picked.Where(a => a.HasExpenditureData)], count, spreadKey, baseYear)
                : ([(picked[0], count, 100m)], []);
            var reported = parts.Select(p => p.Ally).Where(a => data2.Share(a.Code, baseYear) is not null).ToArray();
            if (reported.Length == 0)
            {
                throw new UsageException($"Edition {data2.Edition.Id} has no figures for {picked[0].Name} ({picked[0].Code}) in {baseYear.ToString(CultureInfo.InvariantCulture)}; choose another ally.");
            }
            var projections = ProjectionSet.Build(data2, reported, PathOptions.LoadOutlook(catalog), baseYear, deadline, projectionOptions);
            var results = new List<(PersonnelCost Cost, decimal WeightPct)>();
            foreach (var projection in projections.Projections)
            {
                var ally = projection.Ally;
                var path = RequiredPath.Compute(projection, data2.Share(ally.Code, baseYear)!.Value, targets.For(ally.Code), deadline, shape, parameters);
                var costs = CostsFor(book, data2, ally, baseYear);
                var part = parts.Single(p => p.Ally == ally);
                results.Add((PersonnelCost.Compute(projection, part.Part, deadline, rampValue, costs, path), part.WeightPct));
            }
            var table = spread ? SpreadTable(results, spreadKey, leftOut) : YearTable(results[0].Cost);
            var title = spread
                ? Invariant($"{count:#,0} more service members spread by {spreadKey.ToString().ToLowerInvariant()} over {results.Count} allies by {deadline}; set against the {PathShapes.Name(shape)} paths to each ally's target ({rules.Id})")
                : Invariant($"{results[0].Cost.Ally.Name} ({results[0].Cost.Ally.Code}): {count:#,0} more service members by {deadline} ({rampValue.ToString().ToLowerInvariant()} ramp), against the {PathShapes.Name(shape)} path to {results[0].Cost.Path!.Target.Percent:0.00}% ({rules.Id})");
            JsonObject Json() => new()
            {
                ["added"] = count,
                ["deadline"] = deadline,
                ["base_year"] = baseYear,
                ["ramp"] = rampValue.ToString().ToLowerInvariant(),
                ["key"] = spread ? spreadKey.ToString().ToLowerInvariant() : null,
                ["rules"] = PathOptions.RulesAsJson(rules),
                ["shape"] = PathShapes.Name(shape),
                ["edition"] = data2.Edition.Id,
                ["unit_costs"] = new JsonArray([.. results.SelectMany(r => r.Cost.Costs).Select(c => (JsonNode)new JsonObject
                {
                    ["ally"] = c.Ally.Value,
                    ["item"] = c.Item.ToString(),
                    ["value"] = c.Value,
                    ["currency"] = c.Currency.Code,
                    ["price_year"] = c.PriceYear,
                    ["source"] = c.Source,
                    ["derived_from_nato"] = c.DerivedFromNato,
                })]),
                ["rows"] = ReportWriter.RowsAsJson(table),
                ["columns"] = ReportWriter.ColumnsAsJson(table),
                ["assumptions"] = PathOptions.LinesAsJson(projections.Assumptions.Lines()),
                ["notes"] = PathOptions.LinesAsJson(table.Notes),
            };
            if (export.Handle(context, parse, outputFormat, [new("Personnel", table)],
                ExportOptions.Sources(parse, title, data2.Edition, projections.Assumptions.Lines(), [$"Rule set {rules.Id}: {rules.Title}. {rules.Source}"])))
            {
                return ExitCodes.Ok;
            }
            PathOptions.Write(context, outputFormat, table, Json, title, []);
            if (outputFormat == OutputFormat.Table)
            {
                context.Console.WriteLine("Assumptions:");
                foreach (var line in projections.Assumptions.Lines())
                {
                    context.Console.WriteLine("  " + line);
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static decimal ParseCount(string text)
    {
        if (!decimal.TryParse(text.Trim().Replace("_", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var count))
        {
            throw new UsageException($"The number '{text}' given to --add is not a number; give how many service members to add, such as 60000.");
        }
        if (count is <= 0m or > PersonnelCost.MaxAdded)
        {
            throw new UsageException(Invariant($"The number {count:#,0.##} given to --add must be from 1 to {PersonnelCost.MaxAdded:#,0}; give how many service members to add, such as 60000."));
        }
        return count;
    }

    private static IReadOnlyList<Ally> PickAllies(string? code, string? allies)
    {
        if (code is not null && allies is not null)
        {
            throw new UsageException($"Name one ally ('{code}') or --allies '{allies}', not both.");
        }
        return code is not null ? [AllyCommand.ParseAlly(code)] : CommonOptions.ParseAllies(allies ?? "all");
    }

    // The user's costs where the file gives them; otherwise the member cost derived from the ally's own NATO figures.
    private static IReadOnlyList<UnitCost> CostsFor(UnitCostBook book, EditionData data, Ally ally, int baseYear)
    {
        var member = book.Find(ally.Code, UnitCostItem.ServiceMemberPerYear) ?? UnitCost.DerivedServiceMember(data, ally, baseYear);
        UnitCost?[] all =
        [
            member,
            book.Find(ally.Code, UnitCostItem.BrigadeSize),
            book.Find(ally.Code, UnitCostItem.BrigadePerYear),
            book.Find(ally.Code, UnitCostItem.BrigadeEquipmentOneOff),
        ];
        return [.. all.OfType<UnitCost>()];
    }

    private static ReportTable YearTable(PersonnelCost cost)
    {
        var cur = cost.Ally.Currency.Code;
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("year", "Year", null, Provenance.Label),
            new("added", "Added (in service)", "service members in service that year", Provenance.Derived, 0),
            new("cost_natcur_m", Invariant($"Cost (m {cur})"), Invariant($"million {cur}, current prices"), Provenance.Derived, 1),
            new("cost_usd_m", "Cost (USD m)", "million USD, current prices, held exchange rate", Provenance.Derived, 1),
            new("cost_pp_gdp", "Cost pp GDP", "percentage points of projected nominal GDP", Provenance.Derived, 3),
            new("path_extra_natcur_m", Invariant($"Path extra (m {cur})"), Invariant($"million {cur}: the path's spending above holding the base share"), Provenance.Derived, 1),
            new("absorbed_pct", "Absorbed %", "the cost as a percent of the path's extra that year", Provenance.Derived, 1),
        ];
        var rows = cost.Years.Select(y => (IReadOnlyList<object?>)
        [
            cost.Ally.Code.Value, y.Year, Math.Round(y.Added, 0), Math.Round(y.Cost.Millions, 1), Math.Round(y.CostUsd.Millions, 1),
            Math.Round(y.SharePp, 4), y.PathExtra is { } e ? Math.Round(e.Millions, 1) : null, y.AbsorbedPct is { } a ? Math.Round(a, 1) : null,
        ]).ToList();
        var cumulative = cost.CumulativeCost;
        var extra = cost.CumulativePathExtra;
        rows.Add(
        [
            cost.Ally.Code.Value, "total", null, Math.Round(cumulative.Millions, 1), Math.Round(cost.Years.Sum(y => y.CostUsd.Millions), 1), null,
            extra is { } x ? Math.Round(x.Millions, 1) : null, extra is { Amount: > 0m } x2 ? Math.Round(100m * cumulative.Amount / x2.Amount, 1) : null,
        ]);
        return new ReportTable(columns, rows, [.. cost.Notes, "Every figure is derived by NatoSpend; the unit costs are inputs with the sources above, never NATO facts."]);
    }

    private static ReportTable SpreadTable(IReadOnlyList<(PersonnelCost Cost, decimal WeightPct)> results, SpreadKey key, IReadOnlyList<Ally> leftOut)
    {
        ReportColumn[] columns =
        [
            new("ally", "Ally", null, Provenance.Label),
            new("name", "Name", null, Provenance.Label),
            new("weight_pct", Invariant($"Key ({key.ToString().ToLowerInvariant()}) %"), "percent of the selection's total", Provenance.Derived, 1),
            new("added", "Added", "service members by the deadline", Provenance.Derived, 0),
            new("currency", "Cur.", null, Provenance.Label),
            new("member_cost", "Cost/member/yr", "national currency at its price year (see the unit costs)", Provenance.Derived, 0),
            new("deadline_cost_natcur_m", "Cost at deadline (m, nat.)", "million national currency, current prices, in the deadline year", Provenance.Derived, 1),
            new("deadline_cost_usd_m", "Cost at deadline (USD m)", "million USD, current prices", Provenance.Derived, 1),
            new("deadline_cost_pp_gdp", "pp GDP", "percentage points of projected GDP in the deadline year", Provenance.Derived, 3),
            new("cumulative_cost_usd_m", "Cumulative (USD m)", "million USD, current prices, base year to deadline", Provenance.Derived, 0),
            new("absorbed_pct", "Absorbed %", "cumulative cost as a percent of the path's cumulative extra", Provenance.Derived, 1),
        ];
        var rows = results.Select(r =>
        {
            var last = r.Cost.Years[^1];
            var extra = r.Cost.CumulativePathExtra;
            return (IReadOnlyList<object?>)
            [
                r.Cost.Ally.Code.Value, r.Cost.Ally.Name, Math.Round(r.WeightPct, 2), Math.Round(r.Cost.Added, 0), r.Cost.Ally.Currency.Code,
                r.Cost.Costs[0].Value, Math.Round(last.Cost.Millions, 1), Math.Round(last.CostUsd.Millions, 1), Math.Round(last.SharePp, 4),
                Math.Round(r.Cost.Years.Sum(y => y.CostUsd.Millions), 0),
                extra is { Amount: > 0m } x ? Math.Round(100m * r.Cost.CumulativeCost.Amount / x.Amount, 1) : null,
            ];
        }).ToList();
        var notes = new List<string>
        {
            Invariant($"Total at the deadline: USD {results.Sum(r => r.Cost.Years[^1].CostUsd.Millions):#,0} m a year; cumulative USD {results.Sum(r => r.Cost.Years.Sum(y => y.CostUsd.Millions)):#,0} m (derived)."),
            Invariant($"Spread by {key.ToString().ToLowerInvariant()} in the base year from NATO's figures{(key == SpreadKey.Population ? " (population = GDP at 2021 prices ÷ GDP per capita at 2021 prices, derived)" : "")}."),
        };
        notes.AddRange(leftOut.Select(a => $"{a.Name} ({a.Code}): no figure for the key; left out of the spread."));
        notes.AddRange(results.SelectMany(r => r.Cost.Costs).Select(c => c.Label));
        notes.Add("Every figure is derived by NatoSpend; the unit costs are inputs with the sources above, never NATO facts.");
        return new ReportTable(columns, rows, notes);
    }
}
