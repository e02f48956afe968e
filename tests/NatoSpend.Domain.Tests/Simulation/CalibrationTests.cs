using NatoSpend.Domain.Allies;
using NatoSpend.Domain.Simulation;
using NatoSpend.Reporting.Allies;
using NatoSpend.Reporting.Simulation;

namespace NatoSpend.Tests.Simulation;

public class CalibrationTests
{
    [Fact]
    public void Ar1_SyntheticSeries_RecoversPersistenceAndVolatility()
    {
        var rng = new Random(11);
        var values = new Dictionary<int, double>();
        double x = 0;
        for (var y = 1; y <= 4000; y++)
        {
            x = 0.02 + 0.6 * x + 0.03 * Normal(rng);
            values[y] = x;
        }
        var (alpha, phi, sigma, residuals) = Calibration.Ar1(values);
        // Standard errors at n = 4000: φ about 0.013, σ about 0.0003, α about 0.0006.
        Assert.InRange(phi, 0.6 - 0.04, 0.6 + 0.04);
        Assert.InRange(sigma, 0.03 - 0.0015, 0.03 + 0.0015);
        Assert.InRange(alpha, 0.02 - 0.003, 0.02 + 0.003);
        Assert.Equal(3999, residuals.Count);
    }

    [Fact]
    public void Calibrate_SyntheticHistory_RecoversParametersAndCorrelations()
    {
        // Every ally: growth AR(1) φ 0.5 σ 0.02 and inflation AR(1) φ 0.7 σ 0.01, with one common growth shock (ρ = 0.64
        // between any two allies' growth shocks); exchange rates a random walk of σ 0.08. 600 years make the estimates tight.
        const int first = 1001, last = 1600;
        var rng = new Random(5);
        var allies = AllyRegistry.All.Where(a => a.HasExpenditureData).ToArray();
        var growth = allies.ToDictionary(a => a.Code, _ => new Dictionary<int, double>());
        var deflator = allies.ToDictionary(a => a.Code, _ => new Dictionary<int, double>());
        var rate = allies.ToDictionary(a => a.Code, _ => new Dictionary<int, double>());
        var devG = new double[allies.Length];
        var devP = new double[allies.Length];
        var level = allies.Select(_ => 100.0).ToArray();
        var fx = allies.Select(_ => 1.0).ToArray();
        for (var y = first - 1; y <= last; y++)
        {
            var common = Normal(rng);
            for (var i = 0; i < allies.Length; i++)
            {
                var shock = 0.8 * common + 0.6 * Normal(rng);
                devG[i] = 0.5 * devG[i] + 0.02 * shock;
                devP[i] = 0.7 * devP[i] + 0.01 * Normal(rng);
                level[i] *= Math.Exp(0.02 + devP[i]);
                fx[i] *= Math.Exp(0.08 * Normal(rng));
                var code = allies[i].Code;
                growth[code][y] = (Math.Exp(0.015 + devG[i]) - 1.0) * 100.0;
                deflator[code][y] = level[i];
                rate[code][y] = fx[i];
            }
        }
        var history = new MacroHistory("synthetic", "test", allies.ToDictionary(a => a.Code, a => new AllyHistory(a.Code, growth[a.Code], deflator[a.Code], rate[a.Code])));

        var p = Calibration.Calibrate(history, new CalibrationOptions(first, last));

        var g = p.Series[p.IndexOf("real-growth:FRA")];
        var infl = p.Series[p.IndexOf("inflation:FRA")];
        var eur = p.Series[p.IndexOf("fx:EUR")];
        Assert.InRange(g.Persistence, 0.5 - 0.12, 0.5 + 0.12);
        Assert.InRange(g.Volatility, 0.02 * 0.9, 0.02 * 1.1);
        Assert.InRange(infl.Persistence, 0.7 - 0.1, 0.7 + 0.1);
        Assert.InRange(infl.Volatility, 0.01 * 0.9, 0.01 * 1.1);
        Assert.InRange(eur.Volatility, 0.08 * 0.9, 0.08 * 1.1);
        Assert.Equal(0.0, eur.Persistence);
        // The shrunk matrix keeps the growth-growth correlation at (1 − λ)·0.64; the factor model recovers 0.64 itself.
        int a = p.IndexOf("real-growth:DEU"), b = p.IndexOf("real-growth:POL");
        var factor = Enumerable.Range(0, p.Factors).Sum(f => p.Loading(a, f) * p.Loading(b, f));
        Assert.InRange(factor, 0.64 - 0.1, 0.64 + 0.1);
        Assert.InRange(p.Correlation(a, b) / (1 - p.Shrinkage), 0.64 - 0.12, 0.64 + 0.12);
        // Growth and inflation were drawn independently.
        Assert.InRange(p.Correlation(a, p.IndexOf("inflation:DEU")), -0.15, 0.15);
    }

    [Fact]
    public void Calibrate_ShippedHistory_GivesStationaryParametersAndAPositiveDefiniteMatrix()
    {
        var p = SimulationFixtures.Calibrated;
        Assert.Equal(31 * 2 + 13, p.Series.Count);
        Assert.All(p.Series, s => Assert.InRange(s.Persistence, -0.95, 0.95));
        Assert.All(p.Series, s => Assert.InRange(s.Volatility, 0.005, 0.3));
        Assert.Equal(CorrelationMethod.Factor, p.Method);
        Assert.InRange(p.Shrinkage, 0.0, 1.0);
        Assert.True(p.FactorFit!.Value.SampleRmse <= p.FullFit!.Value.SampleRmse);
        Assert.Contains(p.Notes, n => n.StartsWith("BGR: 1997 left out", StringComparison.Ordinal));
        // Growth co-moves across allies: the sample's average correlation is clearly positive.
        Assert.True(p.Correlation(p.IndexOf("real-growth:DEU"), p.IndexOf("real-growth:FRA")) > 0.3);
    }

    [Fact]
    public void WithOverrides_NotPositiveDefinite_ThrowsNamingTheMatrix()
    {
        var p = SimulationFixtures.Calibrated;
        var overrides = new ParameterOverrides([], CorrelationMethod.Full, null,
        [
            new CorrelationOverride("real-growth:DEU", "real-growth:FRA", 0.99),
            new CorrelationOverride("real-growth:DEU", "real-growth:ITA", 0.99),
            new CorrelationOverride("real-growth:FRA", "real-growth:ITA", -0.99),
        ]);
        var e = Assert.Throws<ArgumentException>(() => p.WithOverrides(overrides));
        Assert.StartsWith("The correlation matrix is not positive definite (its smallest eigenvalue is", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithOverrides_UnknownSeriesAndBadPersistence_ListsBoth()
    {
        var p = SimulationFixtures.Calibrated;
        var problems = new ParameterOverrides([new SeriesOverride("real-growth:XXX", 0.1, null, null), new SeriesOverride("inflation:DEU", 1.2, null, null)], null, null, []).Validate(p);
        Assert.Equal(2, problems.Count);
        Assert.Equal("The series 'real-growth:XXX' is not one the simulation has; use an id such as real-growth:ALB (see --explain).", problems[0]);
        Assert.Equal("The persistence of inflation:DEU must be above -1 and below 1 (a stationary AR(1)), but was 1.2; give one such as 0.4.", problems[1]);
    }

    private static double Normal(Random rng) => Math.Sqrt(-2.0 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2.0 * Math.PI * rng.NextDouble());
}
