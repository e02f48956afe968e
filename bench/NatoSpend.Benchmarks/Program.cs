using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Running;
using NatoSpend.Benchmarks;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Simulation;

if (args.Length > 0 && args[0] == "quick")
{
    // One run of each, for a quick check of issue 5's goals; BenchmarkDotNet (SimulationBenchmarks) gives the medians.
    var result = new JsonObject
    {
        ["workload"] = "31 allies, 2027-2035, linear paths to 3.5% held in money, hague-2025",
        ["draws"] = SimulationBenchmarks.Draws,
        ["cores"] = Environment.ProcessorCount,
    };
    foreach (var method in new[] { CorrelationMethod.Factor, CorrelationMethod.Full })
    {
        var setup = new SimulationSetup(method);
        // Warm up the JIT on a small run of each so that the timings are of compiled code.
        MonteCarlo.Run(setup.Scenarios, setup.Parameters, new SimulationOptions(20_000, 1));
        setup.DrawNormalsOnly(20_000, 1);
        ScalarBaseline.Run(setup, 200, 1);
        GC.Collect();
        // Wall time is what the goals name; CPU time of the process is printed too, because on a shared machine it moves less.
        var process = Process.GetCurrentProcess();
        TimeSpan Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        var cpu = Cpu();
        var watch = Stopwatch.StartNew();
        MonteCarlo.Run(setup.Scenarios, setup.Parameters, new SimulationOptions(SimulationBenchmarks.Draws, 7));
        var fast = watch.Elapsed.TotalSeconds;
        var fastCpu = (Cpu() - cpu).TotalSeconds;
        cpu = Cpu();
        watch.Restart();
        setup.DrawNormalsOnly(SimulationBenchmarks.Draws, 7);
        var floor = watch.Elapsed.TotalSeconds;
        var floorCpu = (Cpu() - cpu).TotalSeconds;
        cpu = Cpu();
        watch.Restart();
        ScalarBaseline.Run(setup, SimulationBenchmarks.BaselineDraws, 7);
        const double scale = (double)SimulationBenchmarks.Draws / SimulationBenchmarks.BaselineDraws;
        var baseline = watch.Elapsed.TotalSeconds * scale;
        var baselineCpu = (Cpu() - cpu).TotalSeconds * scale;
        result[method == CorrelationMethod.Factor ? "factor" : "full"] = new JsonObject
        {
            ["series"] = setup.Series,
            ["factors"] = method == CorrelationMethod.Factor ? setup.Parameters.Factors : null,
            ["normals_per_draw_year"] = setup.NormalsPerDrawYear,
            ["simulate_s"] = Math.Round(fast, 3),
            ["normals_only_s"] = Math.Round(floor, 3),
            ["scalar_baseline_s"] = Math.Round(baseline, 3),
            ["scalar_baseline_draws"] = SimulationBenchmarks.BaselineDraws,
            ["speedup_vs_scalar"] = Math.Round(baseline / fast, 1),
            ["ratio_to_floor"] = Math.Round(fast / floor, 2),
            ["cpu_s"] = new JsonObject
            {
                ["simulate"] = Math.Round(fastCpu, 3),
                ["normals_only"] = Math.Round(floorCpu, 3),
                ["scalar_baseline"] = Math.Round(baselineCpu, 3),
                ["speedup_vs_scalar"] = Math.Round(baselineCpu / fastCpu, 1),
                ["ratio_to_floor"] = Math.Round(fastCpu / floorCpu, 2),
            },
        };
    }
    result["peak_working_set_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 0);
    Console.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SimulationBenchmarks).Assembly).Run(args);
