using NatoSpend.Data.Macro;
using NatoSpend.Data.Rules;
using NatoSpend.Domain;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Rules;

namespace NatoSpend.Tests.Paths;

/// <summary>The shipped WEO extract and rule sets, read once for the path, gap and alliance tests.</summary>
public static class PathFixtures
{
    private static readonly Lazy<MacroOutlook> LazyWeo = new(() => TestData.Catalog.LoadOutlook("weo-2024-10"));

    public static MacroOutlook Weo => LazyWeo.Value;

    public static RuleSet Rules(string id) => RuleSetReader.Load(TestData.Catalog.Folder, id);

    public static Ally Ally(string code) => AllyRegistry.Get(AllyCode.From(code));

    public static GdpProjection Projection(string code, int baseYear = 2026, int lastYear = 2035, ProjectionOptions? options = null) =>
        GdpProjection.Build(TestData.Edition2026, Ally(code), Weo, baseYear, lastYear, options ?? ProjectionOptions.Default);

    public static ShareOfGdp Share(string code, int year) => TestData.Edition2026.Share(AllyCode.From(code), year)!.Value;
}
