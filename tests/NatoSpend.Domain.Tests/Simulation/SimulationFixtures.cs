using NatoSpend.Data.Macro;
using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Paths;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Tests.Paths;

namespace NatoSpend.Tests.Simulation;

/// <summary>The shipped history and calibration, computed once, and scenarios built as the CLI builds them.</summary>
public static class SimulationFixtures
{
    private static readonly Lazy<SimulationParameters> LazyCalibrated = new(() => Calibration.Calibrate(TestData.Catalog.LoadHistory("weo-2024-10"), CalibrationOptions.Default));

    public static SimulationParameters Calibrated => LazyCalibrated.Value;

    public static SimulationParameters ZeroVolatility => Calibrated.WithOverrides(new ParameterOverrides(
        [.. Calibrated.Series.Select(s => new SeriesOverride(s.Id, null, 0.0, null))], null, null, []));

    public static AllyScenario[] Scenarios(string allies, PathShape shape = PathShape.Linear, SpendingBasis basis = SpendingBasis.Money, string rules = "hague-2025", int deadline = 2035)
    {
        var ruleSet = PathFixtures.Rules(rules);
        var data = TestData.Edition2026;
        var picked = AllyRegistry.Resolve(allies);
        var set = ProjectionSet.Build(data, picked, PathFixtures.Weo, 2026, deadline, ProjectionOptions.Default);
        return [.. set.Projections.Select(p => AllyScenario.FromPath(
            RequiredPath.Compute(p, data.Share(p.Ally.Code, 2026)!.Value, ruleSet.TargetFor(p.Ally.Code), deadline, shape, PathParameters.Default), p, ruleSet, basis))];
    }
}
