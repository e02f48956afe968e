using BenchmarkDotNet.Attributes;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Status;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Status;

namespace NatoSpend.Benchmarks;

/// <summary>What a `natospend status` run pays before it prints: the registry and the 2026 edition, read and checked.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class DataLoadBenchmarks
{
    private DataFolder _folder = null!;

    [GlobalSetup]
    public void Setup() => _folder = DataFolder.Shipped();

    [Benchmark(Baseline = true, Description = "registry + 2026 edition (6,273 rows), parsed and checked")]
    public int LoadNewestEdition() => DataCatalog.Open(_folder).LoadNewest().Years.Count;

    [Benchmark(Description = "load + status report for 2026, all allies")]
    public int LoadAndBuildStatus()
    {
        var data = DataCatalog.Open(_folder).LoadNewest();
        return StatusReport.Build(data, data.LastYear, ShareOfGdp.FromPercent(2m), AllyRegistry.All).Rows.Count;
    }
}
