using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(NatoSpend.Benchmarks.PathBenchmarks).Assembly).Run(args);
