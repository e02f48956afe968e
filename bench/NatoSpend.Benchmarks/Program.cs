using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NatoSpend.Benchmarks;

if (args.Length > 0 && args[0] == "quick")
{
    // Every goal measured in one run (medians of --repeat, default 3); BenchmarkDotNet (SimulationBenchmarks) gives the careful medians.
    return Quick.Run(args[1..]);
}

if (args.Contains("--inProcessLong"))
{
    // In process without the in-process toolchain's five-minute limit, which a loaded machine's full-matrix run can pass.
    var job = Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true));
    BenchmarkSwitcher.FromAssembly(typeof(SimulationBenchmarks).Assembly).Run([.. args.Where(a => a != "--inProcessLong")], DefaultConfig.Instance.AddJob(job));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SimulationBenchmarks).Assembly).Run(args);
return 0;
