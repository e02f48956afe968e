using BenchmarkDotNet.Attributes;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Files;
using NatoSpend.Data.Macro;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Editions;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Benchmarks;

/// <summary>All 31 allies × every path shape from the 2026 base to 2035 (goal: under 5 ms), with and without projecting GDP.</summary>
[MemoryDiagnoser]
public class PathBenchmarks
{
    private EditionData _data = null!;
    private MacroOutlook _weo = null!;
    private ProjectionSet _projections = null!;
    private readonly ShareOfGdp _target = ShareOfGdp.FromPercent(3.5m);

    [GlobalSetup]
    public void Setup()
    {
        var catalog = DataCatalog.Open(DataFolder.Open(Path.Combine(AppContext.BaseDirectory, "data")));
        _data = catalog.Load("2026");
        _weo = catalog.LoadOutlook();
        _projections = Project();
    }

    [Benchmark(Description = "31 allies x 5 shapes to 2035 (paths only)")]
    public int AllAlliesEveryShape() => Paths(_projections);

    [Benchmark(Description = "31 allies x 5 shapes to 2035 (projection + paths)")]
    public int ProjectAndAllAlliesEveryShape() => Paths(Project());

    private ProjectionSet Project() => ProjectionSet.Build(_data, AllyRegistry.All, _weo, 2026, 2035, ProjectionOptions.Default);

    private int Paths(ProjectionSet projections)
    {
        var rows = 0;
        foreach (var p in projections.Projections)
        {
            var share = _data.Share(p.Ally.Code, 2026)!.Value;
            foreach (var shape in PathShapes.All)
            {
                rows += RequiredPath.Compute(p, share, _target, 2035, shape, PathParameters.Default).Rows.Count;
            }
        }
        return rows;
    }
}
