using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Simulation;

namespace NatoSpend.Benchmarks;

/// <summary>One figure of the quick run, against its goal.</summary>
/// <param name="Name">What is measured, as the table and the JSON name it.</param>
/// <param name="Value">The median of the repeats.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Goal">The goal, as text (such as "≤ 2"), or null for a figure shown for context.</param>
/// <param name="Met">Whether the goal is met, or null without one.</param>
public sealed record Measurement(string Name, double Value, string Unit, string? Goal = null, bool? Met = null)
{
    public static Measurement AtMost(string name, double value, string unit, double goal) =>
        new(name, value, unit, "≤ " + goal.ToString(CultureInfo.InvariantCulture), value <= goal);

    public static Measurement AtLeast(string name, double value, string unit, double goal) =>
        new(name, value, unit, "≥ " + goal.ToString(CultureInfo.InvariantCulture), value >= goal);
}

/// <summary>
/// `quick`: every speed goal measured in one run, each as a ratio or a figure against its goal: the simulation against its
/// floor (medians of <c>--repeat</c> runs, wall and CPU time), the API against a static file, the installed CLI's start
/// against a .NET hello-world.
/// </summary>
public sealed class Quick
{
    private readonly Process _process = Process.GetCurrentProcess();

    public List<Measurement> Measurements { get; } = [];

    public JsonObject Details { get; } = [];

    public static int Run(string[] args)
    {
        var format = Option(args, "--format") ?? "both";
        var repeat = int.Parse(Option(args, "--repeat") ?? "3", CultureInfo.InvariantCulture);
        var draws = long.Parse(Option(args, "--draws") ?? SimulationBenchmarks.Draws.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // --skip simulation,api,cli leaves parts out (the API and CLI parts run the scripts in bench/web and bench/cli).
        var skip = (Option(args, "--skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var quick = new Quick();
        if (!skip.Contains("simulation"))
        {
            quick.Simulation(draws, repeat, args.Contains("--baseline"));
        }
        if (!skip.Contains("api"))
        {
            quick.Api();
        }
        if (!skip.Contains("cli"))
        {
            quick.Cli();
        }
        var json = quick.Json(draws, repeat);
        if (format is "table" or "both")
        {
            Console.WriteLine(quick.Table());
        }
        if (format is "json" or "both")
        {
            Console.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        return 0;
    }

    private void Simulation(long draws, int repeat, bool baseline)
    {
        var perNormal = new List<double>();
        foreach (var method in new[] { CorrelationMethod.Factor, CorrelationMethod.Full })
        {
            var setup = new SimulationSetup(method);
            // Warm up the JIT on a small run of each so that the timings are of compiled code.
            MonteCarlo.Run(setup.Scenarios, setup.Parameters, new SimulationOptions(20_000, 1));
            setup.DrawNormalsOnly(20_000, 1);
            var simulate = new List<(double Wall, double Cpu)>();
            var floor = new List<(double Wall, double Cpu)>();
            for (var r = 0; r < repeat; r++)
            {
                // Alternated, so that a burst of load on the shared machine falls on both.
                simulate.Add(Time(() => MonteCarlo.Run(setup.Scenarios, setup.Parameters, new SimulationOptions(draws, 7))));
                floor.Add(Time(() => setup.DrawNormalsOnly(draws, 7)));
            }
            var name = method == CorrelationMethod.Factor ? "factor" : "full";
            double sim = Median(simulate.Select(s => s.Wall)), fl = Median(floor.Select(s => s.Wall));
            double simCpu = Median(simulate.Select(s => s.Cpu)), flCpu = Median(floor.Select(s => s.Cpu));
            var normals = setup.NormalsFor(draws);
            var ns = flCpu * 1e9 / normals;
            perNormal.Add(ns);
            Measurements.Add(new Measurement($"{name}: simulate", sim, "s"));
            Measurements.Add(new Measurement($"{name}: normals-only floor", fl, "s"));
            Measurements.Add(Measurement.AtMost($"{name}: ratio_to_floor", Math.Round(sim / fl, 2), "×", 2));
            Measurements.Add(Measurement.AtMost($"{name}: ratio_to_floor (CPU time)", Math.Round(simCpu / flCpu, 2), "×", 2));
            Measurements.Add(Measurement.AtMost($"{name}: simulate, wall", Math.Round(sim, 3), "s", method == CorrelationMethod.Factor ? 1.0 : 1.5));
            var detail = new JsonObject
            {
                ["series"] = setup.Series,
                ["factors"] = method == CorrelationMethod.Factor ? setup.Parameters.Factors : null,
                ["normals_per_draw_year"] = setup.NormalsPerDrawYear,
                ["normals"] = normals,
                ["simulate_s"] = Math.Round(sim, 3),
                ["normals_only_s"] = Math.Round(fl, 3),
                ["ratio_to_floor"] = Math.Round(sim / fl, 2),
                ["ns_per_normal_per_core"] = Math.Round(ns, 3),
                ["cpu_s"] = new JsonObject
                {
                    ["simulate"] = Math.Round(simCpu, 3),
                    ["normals_only"] = Math.Round(flCpu, 3),
                    ["ratio_to_floor"] = Math.Round(simCpu / flCpu, 2),
                },
                ["runs_s"] = new JsonObject
                {
                    ["simulate"] = new JsonArray([.. simulate.Select(s => (JsonNode)Math.Round(s.Wall, 3))]),
                    ["normals_only"] = new JsonArray([.. floor.Select(s => (JsonNode)Math.Round(s.Wall, 3))]),
                },
            };
            if (baseline)
            {
                // The straightforward single-threaded version, at a fiftieth of the draws, scaled up.
                ScalarBaseline.Run(setup, 200, 1);
                var scale = (double)draws / SimulationBenchmarks.BaselineDraws;
                var b = Time(() => ScalarBaseline.Run(setup, SimulationBenchmarks.BaselineDraws, 7));
                detail["scalar_baseline_s"] = Math.Round(b.Wall * scale, 3);
                detail["speedup_vs_scalar"] = Math.Round(b.Wall * scale / sim, 1);
                Measurements.Add(Measurement.AtLeast($"{name}: speed-up over the scalar baseline", Math.Round(b.Wall * scale / sim, 1), "×", 20));
            }
            Details[name] = detail;
        }
        Measurements.Add(Measurement.AtMost("normals: ns per normal per core (CPU time of the floor)", Math.Round(perNormal.Max(), 3), "ns", 1.5));
        // Same-bits check of the widths the machine has, on a small run: a mismatch is a bug, not noise.
        var small = new SimulationSetup(CorrelationMethod.Full);
        var widths = new[] { SimdWidth.Bits128, SimdWidth.Bits256, SimdWidth.Bits512 }.Where(Accelerated).ToArray();
        var answers = widths.Select(w => MonteCarlo.Run(small.Scenarios, small.Parameters, new SimulationOptions(4096, 3, Width: w)).Allies[0].Years[^1].Share.P50).Distinct().Count();
        Measurements.Add(new Measurement($"widths giving the same bits ({string.Join(", ", widths.Select(w => (int)w))})", answers == 1 ? 1 : 0, "yes=1", "= 1", answers == 1));
        _process.Refresh();
        var peak = Math.Round(_process.PeakWorkingSet64 / 1048576.0, 0);
        Measurements.Add(Measurement.AtMost(baseline ? "peak working set (with the scalar baseline)" : "peak working set", peak, "MB", 512));
    }

    /// <summary>The API against a static file of the same size on the same server (bench/web/api-vs-static.sh, wrk on loopback).</summary>
    private void Api()
    {
        var figures = Script("bench/web/api-vs-static.sh");
        Details["api"] = figures.DeepClone();
        Measurements.Add(Measurement.AtLeast("api: requests/s against a static file of the same size", figures["api_to_static_ratio"]!.GetValue<double>(), "×", 0.5));
        var errors = figures["api"]!.AsArray().Concat(figures["static_file"]!.AsArray()).Sum(r => r!["errors"]!.GetValue<double>());
        Measurements.Add(Measurement.AtMost("api: errors", errors, "requests", 0));
        Measurements.Add(Measurement.AtMost("api: p99 latency (worse of two runs)", figures["p99_ms"]!.AsArray().Max(v => v!.GetValue<double>()), "ms", 5));
        Measurements.Add(Measurement.AtMost("api: a 304's cost against a 200 (inverse throughput)", figures["cost_304_to_200"]!.GetValue<double>(), "×", 1));
    }

    /// <summary>The installed tool's start against a .NET hello-world's (bench/cli/startup.sh, medians of 7).</summary>
    private void Cli()
    {
        var figures = Script("bench/cli/startup.sh");
        Details["cli"] = figures.DeepClone();
        Measurements.Add(Measurement.AtMost("cli: natospend status, installed (median of 7)", figures["natospend_status_s"]!.GetValue<double>(), "s", 0.12));
        Measurements.Add(Measurement.AtMost("cli: natospend --version, installed (median of 7)", figures["natospend_version_s"]!.GetValue<double>(), "s", 0.05));
        Measurements.Add(new Measurement("cli: dotnet hello-world (median of 7)", figures["dotnet_hello_world_s"]!.GetValue<double>(), "s"));
        Measurements.Add(new Measurement("cli: status ÷ hello-world", figures["status_to_hello_ratio"]!.GetValue<double>(), "×"));
    }

    /// <summary>Runs one of the repository's measuring scripts and reads the JSON object it prints.</summary>
    private static JsonNode Script(string script)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NatoSpend.slnx")))
        {
            root = root.Parent;
        }
        var start = new ProcessStartInfo("bash", [Path.Combine(root?.FullName ?? ".", script)]) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"bash could not start {script}.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? JsonNode.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..])!
            : throw new InvalidOperationException($"{script} failed with exit code {process.ExitCode}; run it alone to see why.");
    }

    private static bool Accelerated(SimdWidth w) => w switch
    {
        SimdWidth.Bits512 => Vector512.IsHardwareAccelerated,
        SimdWidth.Bits256 => Vector256.IsHardwareAccelerated,
        _ => true,
    };

    private (double Wall, double Cpu) Time(Action action)
    {
        GC.Collect();
        _process.Refresh();
        var cpu = _process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        var wall = watch.Elapsed.TotalSeconds;
        _process.Refresh();
        return (wall, (_process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private JsonObject Json(long draws, int repeat)
    {
        var json = new JsonObject
        {
            ["workload"] = "31 allies, 2027-2035, linear paths to 3.5% held in money, hague-2025",
            ["draws"] = draws,
            ["repeats"] = repeat,
            ["machine"] = Machine(),
        };
        foreach (var (key, value) in Details)
        {
            json[key] = value?.DeepClone();
        }
        json["peak_working_set_mb"] = Measurements.LastOrDefault(m => m.Name.StartsWith("peak", StringComparison.Ordinal))?.Value;
        json["measurements"] = new JsonArray([.. Measurements.Select(m => (JsonNode)new JsonObject
        {
            ["name"] = m.Name,
            ["value"] = m.Value,
            ["unit"] = m.Unit,
            ["goal"] = m.Goal,
            ["met"] = m.Met,
        })]);
        return json;
    }

    public static JsonObject Machine() => new()
    {
        ["cores"] = Environment.ProcessorCount,
        ["os"] = RuntimeInformation.OSDescription,
        ["dotnet"] = RuntimeInformation.FrameworkDescription,
        ["vector512_accelerated"] = Vector512.IsHardwareAccelerated,
        ["width"] = (int)NormalStream.BestWidth,
        ["load_average"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
    };

    private string Table()
    {
        var text = new StringBuilder();
        var machine = Machine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{machine["cores"]} cores, {machine["dotnet"]}, {machine["width"]}-bit vectors, load average {machine["load_average"]}");
        text.AppendLine("| measurement | value | unit | goal | met |");
        text.AppendLine("|---|---:|---|---|---|");
        foreach (var m in Measurements)
        {
            var met = m.Met switch { true => "yes", false => "no", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {m.Value:0.###} | {m.Unit} | {m.Goal} | {met} |");
        }
        return text.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
