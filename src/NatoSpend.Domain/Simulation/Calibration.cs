using MathNet.Numerics.LinearAlgebra;
using NatoSpend.Domain.Allies;
using static System.FormattableString;

namespace NatoSpend.Domain.Simulation;

/// <summary>The choices of a calibration.</summary>
/// <param name="FirstYear">The first year of the window (1995 by default).</param>
/// <param name="LastYear">The last year of the window (2024 by default, the last historical year of the WEO October 2024).</param>
/// <param name="ExcludeInflationAbovePct">Years with deflator inflation above this, percent, are left out for that ally (100 by default:
/// Bulgaria's 1996–97 and Romania's 1997 hyperinflations belong to another monetary regime).</param>
/// <param name="Method">The correlation method the simulation uses.</param>
/// <param name="Factors">The number of factors, or <c>null</c> for the smallest number that fits the sample as well as the shrunk full matrix does.</param>
public sealed record CalibrationOptions(int FirstYear = 1995, int LastYear = 2024, double ExcludeInflationAbovePct = 100.0,
    CorrelationMethod Method = CorrelationMethod.Factor, int? Factors = null)
{
    /// <summary>The defaults of issue 5: 1995–2024, factor model.</summary>
    public static CalibrationOptions Default { get; } = new();
}

/// <summary>Estimates the simulation's parameters from history (docs/simulation.md, "Calibration").</summary>
/// <remarks>
/// Per ally: real growth <c>g = ln(1 + NGDP_RPCH/100)</c> and inflation <c>π = ln(NGDP_D(t)/NGDP_D(t−1))</c> each get an AR(1) fitted by
/// OLS with an intercept (so deviations are from the ally's own historical mean); per currency: the log change of the implied
/// USD rate, demeaned (a random walk). The residuals, standardised, give the correlation over the years each pair has in common;
/// it is shrunk toward the identity by the Schäfer–Strimmer intensity, and a factor model is fitted to the sample correlations.
/// </remarks>
public static class Calibration
{
    /// <summary>The most factors tried when choosing their number.</summary>
    public const int MaxFactors = 30;

    /// <summary>The fewest common years for a pair's correlation to be estimated (otherwise 0).</summary>
    public const int MinCommonYears = 8;

    /// <summary>The currency whose history stands for a currency shared by several allies.</summary>
    private static readonly Dictionary<string, string> Representative = new(StringComparer.Ordinal) { ["EUR"] = "DEU" };

    /// <summary>Calibrates every ally that has expenditure data (31; the parameters do not depend on which allies are simulated).</summary>
    /// <exception cref="ArgumentException">The history lacks an ally or too many years; the message names them.</exception>
    public static SimulationParameters Calibrate(MacroHistory history, CalibrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstYear < 2 || options.LastYear - options.FirstYear < 12)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FirstYear,
                Invariant($"The calibration window {options.FirstYear}-{options.LastYear} must cover at least 13 years; choose one such as 1995-2024."));
        }
        var allies = AllyRegistry.All.Where(a => a.HasExpenditureData).ToArray();
        var notes = new List<string>();
        var series = new List<ShockSeries>();
        var residuals = new List<Dictionary<int, double>>();
        var excluded = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var ally in allies)
        {
            var h = history.Find(ally.Code) ?? throw new ArgumentException(Invariant($"The history {history.Vintage} has no series for {ally.Name}; the calibration needs every ally's NGDP_RPCH and NGDP_D."), nameof(history));
            var skip = ExcludedYears(h, options);
            if (skip.Count > 0)
            {
                excluded[ally.Code.Value] = skip;
            }
            var growth = new Dictionary<int, double>();
            var inflation = new Dictionary<int, double>();
            for (var y = options.FirstYear; y <= options.LastYear; y++)
            {
                if (skip.Contains(y))
                {
                    continue;
                }
                if (h.RealGrowthPct(y) is { } g && g > -100.0)
                {
                    growth[y] = Math.Log(1.0 + g / 100.0);
                }
                if (h.Deflator(y) is { } d && h.Deflator(y - 1) is { } d0)
                {
                    inflation[y] = Math.Log(d / d0);
                }
            }
            series.Add(FitAr1(ShockKind.RealGrowth, ally.Code.Value, growth, residuals, history, ally));
            series.Add(FitAr1(ShockKind.Inflation, ally.Code.Value, inflation, residuals, history, ally));
        }
        foreach (var currency in allies.Select(a => a.Currency.Code).Where(c => c != "USD").Distinct())
        {
            var code = Representative.GetValueOrDefault(currency) ?? allies.First(a => a.Currency.Code == currency).Code.Value;
            var h = history.Find(AllyCode.From(code))!;
            var skip = excluded.GetValueOrDefault(code) ?? [];
            var changes = new Dictionary<int, double>();
            for (var y = options.FirstYear; y <= options.LastYear; y++)
            {
                if (!skip.Contains(y) && h.UsdRate(y) is { } e && h.UsdRate(y - 1) is { } e0)
                {
                    changes[y] = Math.Log(e / e0);
                }
            }
            if (changes.Count < MinCommonYears)
            {
                throw new ArgumentException(Invariant($"The history {history.Vintage} has {changes.Count} years of the implied USD rate of {code} (NGDP/NGDPD) in {options.FirstYear}-{options.LastYear}; the calibration needs at least {MinCommonYears}."), nameof(history));
            }
            var mean = changes.Values.Average();
            var sd = Math.Sqrt(changes.Values.Sum(v => (v - mean) * (v - mean)) / (changes.Count - 1));
            residuals.Add(changes.ToDictionary(p => p.Key, p => p.Value - mean));
            series.Add(new ShockSeries(ShockKind.ExchangeRate, currency, 0.0, sd, 0.0, mean, changes.Count));
            if (Representative.ContainsKey(currency))
            {
                notes.Add(Invariant($"The {currency} rate is calibrated on {code}'s implied rate (legacy currency converted before its adoption)."));
            }
        }
        foreach (var (code, years) in excluded)
        {
            notes.Add(Invariant($"{code}: {string.Join(", ", years)} left out of its series (deflator inflation above {options.ExcludeInflationAbovePct:0}%, another monetary regime)."));
        }
        notes.Add("Exchange-rate drifts are 0: the baseline holds each rate, so the walk is centred on it; the historical mean change is shown for information.");

        var sample = SampleCorrelation(residuals, series, notes);
        var (shrunk, lambda) = Shrink(sample, residuals, series, notes);
        var fullFit = Fit(shrunk, sample, series);
        int k;
        double[][] loadings;
        double[] uniqueness;
        if (options.Factors is { } given)
        {
            k = Math.Clamp(given, 1, series.Count - 1);
            (loadings, uniqueness) = FactorModel.Fit(sample, k);
        }
        else
        {
            k = 0;
            loadings = [];
            uniqueness = [];
            for (var tryK = 1; tryK <= Math.Min(MaxFactors, series.Count - 1); tryK++)
            {
                (loadings, uniqueness) = FactorModel.Fit(sample, tryK);
                k = tryK;
                if (Fit(FactorModel.Implied(loadings, uniqueness), sample, series).SampleRmse <= fullFit.SampleRmse)
                {
                    break;
                }
            }
        }
        var factorFit = Fit(FactorModel.Implied(loadings, uniqueness), sample, series);
        notes.Add(Invariant($"Correlations: sample over common years, shrunk toward the identity with λ = {lambda:0.000} (Schäfer–Strimmer); off-diagonal RMSE against the sample {fullFit.SampleRmse:0.0000}."));
        notes.Add(Invariant($"Factor model: {k} factor(s) fitted by iterated principal axes; off-diagonal RMSE against the sample {factorFit.SampleRmse:0.0000} ({(factorFit.SampleRmse <= fullFit.SampleRmse ? "at least as good as" : "worse than")} the shrunk full matrix)."));
        notes.Add(Invariant($"Co-movement of growth across the 31 allies, Σρ/31 (1 if independent, 31 if perfectly correlated): sample {Fit(sample, sample, series).AggregateVariance:0.000}, full {fullFit.AggregateVariance:0.000}, factor {factorFit.AggregateVariance:0.000}."));
        var window = new CalibrationWindow(options.FirstYear, options.LastYear, options.ExcludeInflationAbovePct);
        return new SimulationParameters(series, shrunk, options.Method, loadings, uniqueness, lambda, Fit(sample, sample, series), fullFit, factorFit, window, notes);
    }

    /// <summary>OLS of <c>x(t) = α + φ·x(t−1) + e(t)</c> on the pairs of consecutive years present.</summary>
    /// <returns>α, φ, the residual standard deviation (n − 2 degrees of freedom) and the residuals by year.</returns>
    /// <exception cref="ArgumentException">Fewer than 5 pairs.</exception>
    public static (double Alpha, double Phi, double Sigma, Dictionary<int, double> Residuals) Ar1(IReadOnlyDictionary<int, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var pairs = values.Keys.Where(y => values.ContainsKey(y - 1)).Order().Select(y => (Year: y, X: values[y - 1], Y: values[y])).ToArray();
        if (pairs.Length < 5)
        {
            throw new ArgumentException(Invariant($"An AR(1) needs at least 5 pairs of consecutive years, but the series has {pairs.Length}."), nameof(values));
        }
        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        double sxy = pairs.Sum(p => (p.X - mx) * (p.Y - my)), sxx = pairs.Sum(p => (p.X - mx) * (p.X - mx));
        var phi = sxx > 0.0 ? sxy / sxx : 0.0;
        var alpha = my - phi * mx;
        var residuals = pairs.ToDictionary(p => p.Year, p => p.Y - alpha - phi * p.X);
        var sigma = Math.Sqrt(residuals.Values.Sum(e => e * e) / (pairs.Length - 2));
        return (alpha, phi, sigma, residuals);
    }

    private static ShockSeries FitAr1(ShockKind kind, string key, Dictionary<int, double> values, List<Dictionary<int, double>> residuals, MacroHistory history, Ally ally)
    {
        if (values.Count(p => values.ContainsKey(p.Key - 1)) < 5)
        {
            throw new ArgumentException(Invariant($"The history {history.Vintage} has too few consecutive years of {ShockSeries.KindName(kind)} for {ally.Name} to fit an AR(1); it needs at least 6."), nameof(history));
        }
        var (_, phi, sigma, e) = Ar1(values);
        // A unit root or worse would make the deviation explode over a decade; the window is short, so cap the estimate.
        phi = Math.Clamp(phi, -0.95, 0.95);
        residuals.Add(e);
        return new ShockSeries(kind, key, phi, sigma, 0.0, values.Values.Average(), e.Count);
    }

    private static List<int> ExcludedYears(AllyHistory h, CalibrationOptions options)
    {
        var years = new List<int>();
        for (var y = options.FirstYear; y <= options.LastYear; y++)
        {
            if (h.Deflator(y) is { } d && h.Deflator(y - 1) is { } d0 && (d / d0 - 1.0) * 100.0 > options.ExcludeInflationAbovePct)
            {
                years.Add(y);
            }
        }
        return years;
    }

    private static double[][] SampleCorrelation(List<Dictionary<int, double>> residuals, List<ShockSeries> series, List<string> notes)
    {
        var p = residuals.Count;
        var r = Enumerable.Range(0, p).Select(_ => new double[p]).ToArray();
        var thin = 0;
        for (var i = 0; i < p; i++)
        {
            r[i][i] = 1.0;
            for (var j = 0; j < i; j++)
            {
                var common = residuals[i].Keys.Where(residuals[j].ContainsKey).ToArray();
                double value = 0.0;
                if (common.Length >= MinCommonYears)
                {
                    double mi = common.Average(y => residuals[i][y]), mj = common.Average(y => residuals[j][y]);
                    double sij = 0, sii = 0, sjj = 0;
                    foreach (var y in common)
                    {
                        double a = residuals[i][y] - mi, b = residuals[j][y] - mj;
                        sij += a * b;
                        sii += a * a;
                        sjj += b * b;
                    }
                    value = sii > 0 && sjj > 0 ? sij / Math.Sqrt(sii * sjj) : 0.0;
                }
                else
                {
                    thin++;
                }
                r[i][j] = r[j][i] = value;
            }
        }
        if (thin > 0)
        {
            notes.Add(Invariant($"{thin} pair(s) of series share fewer than {MinCommonYears} years; their correlation is set to 0."));
        }
        _ = series;
        return r;
    }

    // Schäfer & Strimmer (2005), target D (identity for correlations): λ = Σ Var(r_ij) / Σ r_ij², over i ≠ j.
    private static (double[][] Shrunk, double Lambda) Shrink(double[][] sample, List<Dictionary<int, double>> residuals, List<ShockSeries> series, List<string> notes)
    {
        var p = sample.Length;
        var z = residuals.Select(Standardise).ToArray();
        double numerator = 0, denominator = 0;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var common = z[i].Keys.Where(z[j].ContainsKey).ToArray();
                if (common.Length < MinCommonYears)
                {
                    continue;
                }
                var n = common.Length;
                var w = common.Select(y => z[i][y] * z[j][y]).ToArray();
                var mean = w.Average();
                numerator += n / Math.Pow(n - 1, 3) * w.Sum(v => (v - mean) * (v - mean));
                denominator += sample[i][j] * sample[i][j];
            }
        }
        var lambda = denominator > 0 ? Math.Clamp(numerator / denominator, 0.0, 1.0) : 1.0;
        var shrunk = Combine(sample, lambda);
        var raised = false;
        while (SimulationParameters.CheckCorrelation(shrunk, i => series[i].Id) is not null && lambda < 1.0)
        {
            lambda = Math.Min(1.0, lambda + 0.01);
            shrunk = Combine(sample, lambda);
            raised = true;
        }
        if (raised)
        {
            notes.Add(Invariant($"The Schäfer–Strimmer intensity left the matrix not positive definite (pairwise years differ), so λ was raised to {lambda:0.00}."));
        }
        return (shrunk, lambda);
    }

    private static double[][] Combine(double[][] sample, double lambda) =>
        [.. sample.Select((row, i) => row.Select((v, j) => i == j ? 1.0 : (1.0 - lambda) * v).ToArray())];

    private static Dictionary<int, double> Standardise(Dictionary<int, double> e)
    {
        var mean = e.Values.Average();
        var sd = Math.Sqrt(e.Values.Sum(v => (v - mean) * (v - mean)) / (e.Count - 1));
        return e.ToDictionary(p => p.Key, p => sd > 0 ? (p.Value - mean) / sd : 0.0);
    }

    private static CorrelationFit Fit(double[][] model, double[][] sample, List<ShockSeries> series)
    {
        var p = model.Length;
        double sum = 0;
        var count = 0;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var d = model[i][j] - sample[i][j];
                sum += d * d;
                count++;
            }
        }
        var growth = Enumerable.Range(0, p).Where(i => series[i].Kind == ShockKind.RealGrowth).ToArray();
        double aggregate = 0;
        foreach (var i in growth)
        {
            foreach (var j in growth)
            {
                aggregate += model[i][j];
            }
        }
        return new CorrelationFit(count > 0 ? Math.Sqrt(sum / count) : 0.0, growth.Length > 0 ? aggregate / growth.Length : 0.0);
    }
}

/// <summary>A k-factor model of a correlation matrix, <c>R ≈ ΛΛᵀ + diag(ψ)</c>, fitted by iterated principal axes.</summary>
public static class FactorModel
{
    /// <summary>The largest communality allowed (a Heywood case is capped so that every uniqueness stays positive).</summary>
    public const double MaxCommunality = 0.995;

    /// <summary>Fits <paramref name="factors"/> factors to a correlation matrix.</summary>
    /// <returns>The loadings (one row per series) and uniquenesses; <c>ΛΛᵀ + diag(ψ)</c> has a unit diagonal and is positive definite.</returns>
    public static (double[][] Loadings, double[] Uniqueness) Fit(double[][] correlation, int factors)
    {
        ArgumentNullException.ThrowIfNull(correlation);
        var p = correlation.Length;
        var k = Math.Clamp(factors, 1, p);
        var communality = Enumerable.Repeat(1.0, p).ToArray();
        var loadings = new double[p][];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var m = Matrix<double>.Build.Dense(p, p, (i, j) => i == j ? communality[i] : correlation[i][j]);
            var evd = m.Evd(Symmetricity.Symmetric);
            var values = evd.EigenValues.Select(e => e.Real).ToArray();
            var order = Enumerable.Range(0, p).OrderByDescending(i => values[i]).Take(k).ToArray();
            for (var i = 0; i < p; i++)
            {
                loadings[i] = [.. order.Select(c => evd.EigenVectors[i, c] * Math.Sqrt(Math.Max(values[c], 0.0)))];
            }
            var change = 0.0;
            for (var i = 0; i < p; i++)
            {
                var h = Math.Min(MaxCommunality, loadings[i].Sum(v => v * v));
                change = Math.Max(change, Math.Abs(h - communality[i]));
                communality[i] = h;
            }
            if (change < 1e-6)
            {
                break;
            }
        }
        for (var i = 0; i < p; i++)
        {
            // Rescale a capped row so that its communality is exactly the cap and the implied diagonal stays 1.
            var h = loadings[i].Sum(v => v * v);
            if (h > MaxCommunality)
            {
                var scale = Math.Sqrt(MaxCommunality / h);
                for (var f = 0; f < k; f++)
                {
                    loadings[i][f] *= scale;
                }
            }
        }
        var uniqueness = loadings.Select(row => 1.0 - row.Sum(v => v * v)).ToArray();
        // Sign convention: each factor's largest loading is positive, so that the fit does not depend on the eigen solver's signs.
        for (var f = 0; f < k; f++)
        {
            var top = Enumerable.Range(0, p).MaxBy(i => Math.Abs(loadings[i][f]));
            if (loadings[top][f] < 0)
            {
                foreach (var row in loadings)
                {
                    row[f] = -row[f];
                }
            }
        }
        return (loadings, uniqueness);
    }

    /// <summary>The correlation matrix a factor model implies: <c>ΛΛᵀ + diag(ψ)</c>.</summary>
    public static double[][] Implied(double[][] loadings, double[] uniqueness)
    {
        ArgumentNullException.ThrowIfNull(loadings);
        ArgumentNullException.ThrowIfNull(uniqueness);
        var p = loadings.Length;
        var r = new double[p][];
        for (var i = 0; i < p; i++)
        {
            r[i] = new double[p];
            for (var j = 0; j < p; j++)
            {
                r[i][j] = i == j ? 1.0 : loadings[i].Zip(loadings[j], (a, b) => a * b).Sum();
            }
        }
        _ = uniqueness;
        return r;
    }
}
