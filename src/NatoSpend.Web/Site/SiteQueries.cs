using System.Globalization;
using System.Text.Json;

namespace NatoSpend.Web.Site;

/// <summary>
/// The API answers the dashboard's pages ask for in the views their controls offer, over the shipped data: every NATO
/// edition, year, target and group of allies on the overview; every ally in every edition on the ally page, with the
/// paths and plans under every rule set and the personnel cost at the page's default; the scorecard under every rule set;
/// the scenarios for every shape, rule set and outlook; the simulation at the page's defaults for every ally; the fiscal room of every path the ally page draws; every
/// year of every SIPRI release on the world page; every pair of NATO editions on the changes page. Free inputs
/// (a deadline, a growth rate, a number of draws, a pasted plan) are not pre-computed: the pages say so in a static copy.
/// </summary>
/// <remarks>The choices are read from the API itself (editions, allies, rules), so a new edition or rule set is included.</remarks>
public static class SiteQueries
{
    /// <summary>The thresholds the overview and the ally page ask about, as the pages write them.</summary>
    public static readonly IReadOnlyList<string> Targets = ["2", "3.5", "5"];

    /// <summary>The overview's groups of allies.</summary>
    public static readonly IReadOnlyList<string> Groups = ["all", "europe-canada", "europe", "eu"];

    /// <summary>The path shapes the ally page draws.</summary>
    public static readonly IReadOnlyList<string> AllyPageShapes = ["linear", "min-step", "real-growth", "front-loaded"];

    /// <summary>The ally page's personnel defaults: 60,000 more service members, each arrival.</summary>
    public const string PersonnelAdd = "60000";

    /// <summary>The simulation page's defaults.</summary>
    public const string SimulationDraws = "20000";

    /// <summary>The simulation page's default seed.</summary>
    public const string SimulationSeed = "1";

    /// <summary>First year of the Kiel tracker's figures, as the ally page asks for them.</summary>
    public const int FirstUkraineYear = 2022;

    /// <summary>Every answer the pages need, asking <paramref name="getJson"/> (a GET of the live API) for the choices.</summary>
    public static async Task<IReadOnlyList<SiteAnswer>> All(Func<string, Task<JsonElement>> getJson)
    {
        ArgumentNullException.ThrowIfNull(getJson);
        var answers = new List<SiteAnswer>
        {
            SiteAnswer.Get("editions").WithCsv(),
            SiteAnswer.Get("allies"),
            SiteAnswer.Get("rules"),
        };
        var catalog = await getJson("/api/v1/editions");
        var editions = catalog.GetProperty("editions").EnumerateArray().ToList();
        var nato = editions.Where(e => e.GetProperty("publisher").GetString() == "NATO").Select(e => e.GetProperty("id").GetString()!).ToList();
        var outlooks = editions.Where(e => e.GetProperty("definition").GetString() == "macro_outlook").Select(e => e.GetProperty("id").GetString()!).ToList();
        var newest = catalog.GetProperty("default").GetString()!;
        var rulesAnswer = await getJson("/api/v1/rules");
        // A rule set whose deadline is not after an edition's last year has no path ahead: the API refuses it, so it is not asked.
        var deadlines = rulesAnswer.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("deadline").GetInt32(), StringComparer.Ordinal);
        IReadOnlyList<string> RulesAfter(int year) => [.. deadlines.Where(d => d.Value > year).Select(d => d.Key)];
        var defaultRules = rulesAnswer.GetProperty("default").GetString()!;
        var shapes = rulesAnswer.GetProperty("shapes").EnumerateArray().Select(s => s.GetString()!).ToList();
        var allies = (await getJson("/api/v1/allies")).GetProperty("allies").EnumerateArray()
            .Where(a => a.GetProperty("has_expenditure_data").GetBoolean()).Select(a => a.GetProperty("ally").GetString()!).ToList();

        var newestLastYear = 0;
        foreach (var edition in nato)
        {
            answers.Add(SiteAnswer.Get($"editions/{edition}"));
            var years = (await getJson($"/api/v1/editions/{Uri.EscapeDataString(edition)}")).GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
            newestLastYear = edition == newest ? years.Max() : newestLastYear;
            answers.AddRange(Overview(edition, years));
            foreach (var ally in allies)
            {
                var series = await getJson($"/api/v1/allies/{ally}/series?edition={Uri.EscapeDataString(edition)}");
                answers.AddRange(AllyPage(ally, edition, series, RulesAfter(years.Max())));
            }
        }
        foreach (var rule in RulesAfter(newestLastYear))
        {
            answers.Add(SiteAnswer.Get("plans/scorecard", "rules", rule).WithCsv());
            foreach (var ally in allies)
            {
                answers.Add(SiteAnswer.Get("plans", "ally", ally, "rules", rule).WithCsv());
                answers.Add(SiteAnswer.Get("plans/template", "ally", ally, "rules", rule));
            }
            foreach (var shape in shapes.Prepend(""))
            {
                foreach (var outlook in outlooks)
                {
                    foreach (var rates in new[] { "", "hold" })
                    {
                        answers.Add(SiteAnswer.Get("alliance", "shape", shape, "rules", rule, "outlook", outlook, "edition", newest, "exchange_rates", rates).WithCsv());
                    }
                }
            }
        }
        // The world page: every year of every SIPRI release at market rates and at PPP, and the release alone (its last year, the page's first view).
        foreach (var release in editions.Where(e => e.GetProperty("publisher").GetString() == "SIPRI").Select(e => e.GetProperty("id").GetString()!))
        {
            answers.Add(SiteAnswer.Get("world", "release", release));
            foreach (var year in (await getJson($"/api/v1/editions/{Uri.EscapeDataString(release)}")).GetProperty("years").EnumerateArray())
            {
                foreach (var prices in new[] { "", "ppp" })
                {
                    answers.Add(SiteAnswer.Get("world", "release", release, "year", Text(year.GetInt32()), "prices", prices).WithCsv());
                }
            }
        }
        // The changes page: every NATO edition against every other, either way round.
        foreach (var older in nato)
        {
            foreach (var newer in nato.Where(n => n != older))
            {
                answers.Add(SiteAnswer.Get("changes", "editions", $"{older},{newer}").WithCsv());
            }
        }
        foreach (var ally in allies)
        {
            answers.Add(new SiteAnswer("simulate", [new("ally", ally), new("rules", defaultRules), new("fix", "money"), new("draws", SimulationDraws), new("seed", SimulationSeed)], Post: true, Csv: true));
        }
        return answers;
    }

    private static IEnumerable<SiteAnswer> Overview(string edition, IReadOnlyList<int> years)
    {
        foreach (var year in years)
        {
            foreach (var target in Targets)
            {
                foreach (var group in Groups)
                {
                    yield return SiteAnswer.Get("status", "edition", edition, "year", Text(year), "target", target, "allies", group).WithCsv();
                }
            }
        }
    }

    private static IEnumerable<SiteAnswer> AllyPage(string ally, string edition, JsonElement series, IReadOnlyList<string> rules)
    {
        yield return SiteAnswer.Get($"allies/{ally}/series", "edition", edition).WithCsv();
        var years = series.GetProperty("years").EnumerateArray().ToList();
        var published = years.Where(y => y.GetProperty("defence_exp_pct_gdp").ValueKind == JsonValueKind.Number).ToList();
        if (published.Count == 0)
        {
            yield break;
        }
        var last = Text(published[^1].GetProperty("year").GetInt32());
        foreach (var target in Targets)
        {
            yield return SiteAnswer.Get("status", "edition", edition, "year", last, "allies", ally, "target", target);
        }
        foreach (var rule in rules)
        {
            foreach (var shape in AllyPageShapes)
            {
                yield return SiteAnswer.Get("paths", "ally", ally, "rules", rule, "edition", edition, "shape", shape).WithCsv();
            }
            // The fiscal-room panel costs the same shapes, without a deadline of its own.
            foreach (var shape in AllyPageShapes)
            {
                yield return SiteAnswer.Get("fiscal", "ally", ally, "rules", rule, "edition", edition, "shape", shape).WithCsv();
            }
            foreach (var ramp in new[] { "linear", "immediate" })
            {
                yield return SiteAnswer.Get("personnel", "ally", ally, "add", PersonnelAdd, "ramp", ramp, "edition", edition, "rules", rule).WithCsv();
            }
        }
        for (var year = FirstUkraineYear; year <= years[^1].GetProperty("year").GetInt32(); year++)
        {
            yield return SiteAnswer.Get("ukraine", "allies", ally, "year", Text(year), "edition", edition).WithCsv();
        }
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
