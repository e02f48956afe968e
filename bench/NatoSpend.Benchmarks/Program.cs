using BenchmarkDotNet.Running;
using NatoSpend.Benchmarks;

if (args.Length > 0 && args[0] == "quick")
{
    // Every goal measured in one run (medians of --repeat, default 3); BenchmarkDotNet (SimulationBenchmarks) gives the careful medians.
    return Quick.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SimulationBenchmarks).Assembly).Run(args);
return 0;
