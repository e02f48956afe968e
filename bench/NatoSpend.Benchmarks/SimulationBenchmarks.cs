using BenchmarkDotNet.Attributes;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Simulation;

namespace NatoSpend.Benchmarks;

/// <summary>Issue 5: all 31 allies, 2027-2035, 1,000,000 draws, correlated; against the normals-only floor and the scalar baseline.</summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    public const long Draws = 1_000_000;
    public const int BaselineDraws = 20_000;

    private SimulationSetup _setup = null!;

    [Params(CorrelationMethod.Factor, CorrelationMethod.Full)]
    public CorrelationMethod Method { get; set; }

    [GlobalSetup]
    public void Setup() => _setup = new SimulationSetup(Method);

    [Benchmark(Description = "simulate 31 allies x 9 years x 1,000,000 draws")]
    public double Simulate() => MonteCarlo.Run(_setup.Scenarios, _setup.Parameters, new SimulationOptions(Draws, 7)).Allies[0].ReachesTarget;

    [Benchmark(Description = "floor: the same normals only, same generator and threads")]
    public double NormalsOnly() => _setup.DrawNormalsOnly(Draws, 7);

    [Benchmark(Description = "scalar baseline, 20,000 draws (x50 for 1,000,000)")]
    public double ScalarBaseline20k() => ScalarBaseline.Run(_setup, BaselineDraws, 7);
}
