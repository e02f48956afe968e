using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Rules;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Simulation;

namespace NatoSpend.Benchmarks;

/// <summary>The issue-5 workload: all 31 allies, linear paths to hague-2025's 3.5% by 2035 held fixed in money, 2027-2035.</summary>
public sealed class SimulationSetup
{
    public SimulationSetup(CorrelationMethod method)
    {
        var catalog = DataCatalog.Open(DataFolder.Open(Path.Combine(AppContext.BaseDirectory, "data")));
        var data = catalog.Load("2026");
        var rules = RuleSetReader.Load(catalog.Folder, "hague-2025");
        var calibrated = Calibration.Calibrate(catalog.LoadHistory(), CalibrationOptions.Default);
        Parameters = method == calibrated.Method ? calibrated : calibrated.WithOverrides(new ParameterOverrides([], method, null, []));
        var set = ProjectionSet.Build(data, AllyRegistry.All, catalog.LoadOutlook(), 2026, 2035, ProjectionOptions.Default);
        Scenarios = [.. set.Projections.Select(p => AllyScenario.FromPath(
            RequiredPath.Compute(p, data.Share(p.Ally.Code, 2026)!.Value, rules.TargetFor(p.Ally.Code), 2035, PathShape.Linear, PathParameters.Default), p, rules, SpendingBasis.Money))];
        var currencies = Scenarios.Select(s => s.Ally.Currency.Code).Where(c => c != "USD").Distinct().Count();
        Series = Scenarios.Length * 2 + currencies;
        // Normals per draw and year: the factors (or, for the full matrix, one per series) plus one idiosyncratic variate per series.
        NormalsPerDrawYear = Parameters.Method switch
        {
            CorrelationMethod.Full => Series,
            CorrelationMethod.Independent => Series,
            _ => Parameters.Factors + Series,
        };
    }

    public SimulationParameters Parameters { get; }

    public AllyScenario[] Scenarios { get; }

    public int Series { get; }

    public int NormalsPerDrawYear { get; }

    public int Years => Scenarios[0].Years.Count;

    /// <summary>The floor: draw the run's normals with the same generator, in the same blocks and threads, and do nothing else.</summary>
    public double DrawNormalsOnly(long draws, ulong seed, int threads = 0)
    {
        var blocks = (draws + MonteCarlo.BlockSize - 1) / MonteCarlo.BlockSize;
        var perYear = NormalsPerDrawYear * MonteCarlo.BlockSize;
        var years = Years;
        var workers = threads > 0 ? threads : Environment.ProcessorCount;
        var sums = new double[workers];
        long next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var buffer = new float[perYear];
            long block;
            double sum = 0;
            while ((block = Interlocked.Increment(ref next)) < blocks)
            {
                var stream = NormalStream.Create(seed, (ulong)block);
                for (var t = 0; t < years; t++)
                {
                    stream.Fill(buffer);
                    sum += buffer[0];
                }
            }
            sums[worker] = sum;
        });
        return sums.Sum();
    }

    /// <summary>The normals a run of this many draws uses.</summary>
    public long NormalsFor(long draws) => (draws + MonteCarlo.BlockSize - 1) / MonteCarlo.BlockSize * MonteCarlo.BlockSize * Years * NormalsPerDrawYear;
}
