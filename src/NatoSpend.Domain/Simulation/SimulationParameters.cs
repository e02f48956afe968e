using MathNet.Numerics.LinearAlgebra;
using static System.FormattableString;

namespace NatoSpend.Domain.Simulation;

/// <summary>What a simulated series moves.</summary>
public enum ShockKind
{
    /// <summary>An ally's real GDP growth (log growth, AR(1) deviation around the baseline projection).</summary>
    RealGrowth,

    /// <summary>An ally's GDP deflator inflation (log growth, AR(1) deviation around the baseline projection).</summary>
    Inflation,

    /// <summary>A currency's rate to the USD (a random walk in logs around the held baseline rate).</summary>
    ExchangeRate,
}

/// <summary>How the shocks are correlated across series.</summary>
public enum CorrelationMethod
{
    /// <summary>A factor model fitted to the sample correlations: <c>x = Λf + √ψ·ε</c> (the default; see docs/simulation.md).</summary>
    Factor,

    /// <summary>The full shrunk correlation matrix through its Cholesky factor: <c>x = Lz</c>.</summary>
    Full,

    /// <summary>No correlation: every series draws alone (for comparison only).</summary>
    Independent,
}

/// <summary>One simulated series with its calibrated (or overridden) parameters.</summary>
/// <param name="Kind">What the series moves.</param>
/// <param name="Key">The ally's code (growth, inflation) or the currency's code (exchange rate).</param>
/// <param name="Persistence">The AR(1) coefficient φ of the deviation (0 for an exchange rate), from −1 to 1 exclusive.</param>
/// <param name="Volatility">The standard deviation σ of the yearly shock, in log points (0.02 is about 2 percentage points).</param>
/// <param name="Drift">The yearly drift added to the log exchange rate (0 by default: the baseline holds the rate); 0 for growth and inflation.</param>
/// <param name="HistoricalMean">The historical mean of the series over the calibration window, log points a year (information only).</param>
/// <param name="Observations">The number of residuals the parameters were estimated on (0 when set by the user).</param>
public sealed record ShockSeries(ShockKind Kind, string Key, double Persistence, double Volatility, double Drift, double HistoricalMean, int Observations)
{
    /// <summary>The series id used in parameter files and output, such as <c>real-growth:DEU</c> or <c>fx:EUR</c>.</summary>
    public string Id => KindName(Kind) + ":" + Key;

    /// <summary>The name of a kind as written in ids: <c>real-growth</c>, <c>inflation</c> or <c>fx</c>.</summary>
    public static string KindName(ShockKind kind) => kind switch
    {
        ShockKind.RealGrowth => "real-growth",
        ShockKind.Inflation => "inflation",
        _ => "fx",
    };
}

/// <summary>How well a correlation structure reproduces the sample correlations (docs/simulation.md, "Correlation").</summary>
/// <param name="SampleRmse">Root mean square difference of the off-diagonal correlations from the sample ones.</param>
/// <param name="AggregateVariance">The co-movement of growth shocks across allies: the sum of their correlations divided by their number (1 if independent, the number of allies if perfectly correlated).</param>
public readonly record struct CorrelationFit(double SampleRmse, double AggregateVariance);

/// <summary>The parameters of the Monte Carlo: per-series AR(1) and random-walk parameters and their cross-series correlation.</summary>
/// <remarks>
/// Immutable and checked: the correlation matrix is symmetric, has a unit diagonal, entries in [−1, 1] and is positive definite.
/// Build one with <see cref="Calibration.Calibrate"/> and change it with <see cref="WithOverrides"/>.
/// </remarks>
public sealed class SimulationParameters
{
    private readonly double[][] _correlation;
    private readonly double[][] _loadings;
    private readonly double[] _uniqueness;
    private readonly Dictionary<string, int> _index;

    internal SimulationParameters(IReadOnlyList<ShockSeries> series, double[][] correlation, CorrelationMethod method, double[][] loadings,
        double[] uniqueness, double shrinkage, CorrelationFit? sampleFit, CorrelationFit? fullFit, CorrelationFit? factorFit, CalibrationWindow? window,
        IReadOnlyList<string> notes)
    {
        Series = series;
        _correlation = correlation;
        Method = method;
        _loadings = loadings;
        _uniqueness = uniqueness;
        Shrinkage = shrinkage;
        SampleFit = sampleFit;
        FullFit = fullFit;
        FactorFit = factorFit;
        Window = window;
        Notes = notes;
        _index = series.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The series, growth and inflation per ally then exchange rates per currency.</summary>
    public IReadOnlyList<ShockSeries> Series { get; }

    /// <summary>How the shocks are correlated in the simulation.</summary>
    public CorrelationMethod Method { get; }

    /// <summary>The number of common factors of the factor model.</summary>
    public int Factors => _loadings.Length == 0 ? 0 : _loadings[0].Length;

    /// <summary>The shrinkage intensity λ toward the identity applied to the sample correlations (0 when set by the user).</summary>
    public double Shrinkage { get; }

    /// <summary>The sample correlations themselves (fit 0), or <c>null</c> when the matrix was set by the user.</summary>
    public CorrelationFit? SampleFit { get; }

    /// <summary>How the shrunk full matrix fits the sample, or <c>null</c> when the matrix was set by the user.</summary>
    public CorrelationFit? FullFit { get; }

    /// <summary>How the factor model fits the sample, or <c>null</c> when the matrix was set by the user.</summary>
    public CorrelationFit? FactorFit { get; }

    /// <summary>The calibration window, or <c>null</c> when nothing was calibrated.</summary>
    public CalibrationWindow? Window { get; }

    /// <summary>Statements about the calibration (exclusions, shrinkage, choices), one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The index of a series by id, or −1.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The correlation of two series' shocks in the full matrix.</summary>
    public double Correlation(int i, int j) => _correlation[i][j];

    /// <summary>The factor model's loading of series <paramref name="i"/> on factor <paramref name="f"/>.</summary>
    public double Loading(int i, int f) => _loadings[i][f];

    /// <summary>The factor model's uniqueness ψ of a series (its variance not explained by the factors).</summary>
    public double Uniqueness(int i) => _uniqueness[i];

    /// <summary>Applies a user's overrides: series parameters, the method, the number of factors, correlations.</summary>
    /// <exception cref="ArgumentException">An override is invalid (unknown id, out of range, a matrix that is not positive definite); the message names it and the fix.</exception>
    public SimulationParameters WithOverrides(ParameterOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var problems = overrides.Validate(this);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems.Count == 1 ? problems[0] : Invariant($"The parameter overrides have {problems.Count} problems, the first: {problems[0]}"), nameof(overrides));
        }
        var series = Series.ToArray();
        foreach (var o in overrides.Series)
        {
            var i = IndexOf(o.Id);
            var s = series[i];
            series[i] = s with
            {
                Persistence = o.Persistence ?? s.Persistence,
                Volatility = o.Volatility ?? s.Volatility,
                Drift = o.Drift ?? s.Drift,
                Observations = 0,
            };
        }
        var correlation = _correlation.Select(r => r.ToArray()).ToArray();
        var matrixChanged = overrides.Correlations.Count > 0;
        foreach (var c in overrides.Correlations)
        {
            int i = IndexOf(c.First), j = IndexOf(c.Second);
            correlation[i][j] = correlation[j][i] = c.Value;
        }
        var notes = Notes.ToList();
        if (matrixChanged)
        {
            notes.Add(Invariant($"The user set {overrides.Correlations.Count} correlation(s); the matrix is still positive definite."));
        }
        var method = overrides.Method ?? (matrixChanged ? CorrelationMethod.Full : Method);
        var loadings = _loadings;
        var uniqueness = _uniqueness;
        CorrelationFit? factorFit = FactorFit;
        if (method == CorrelationMethod.Factor && (matrixChanged || overrides.Factors is not null))
        {
            var k = overrides.Factors ?? Factors;
            (loadings, uniqueness) = FactorModel.Fit(correlation, k);
            factorFit = null;
            notes.Add(Invariant($"The factor model was refitted with {k} factor(s) to the {(matrixChanged ? "user's" : "calibrated")} matrix."));
        }
        if (overrides.Series.Count > 0)
        {
            notes.Add(Invariant($"The user set the parameters of {overrides.Series.Count} series: {string.Join(", ", overrides.Series.Select(s => s.Id))}."));
        }
        return new SimulationParameters(series, correlation, method, loadings, uniqueness, Shrinkage, SampleFit, FullFit, factorFit, Window, notes);
    }

    /// <summary>The shock structure for a subset of series, as the engine uses it: <c>x = A·u + d ⊙ ε</c>.</summary>
    /// <param name="indices">The series, by index.</param>
    internal (double[][] A, double[] D) Structure(IReadOnlyList<int> indices)
    {
        var p = indices.Count;
        switch (Method)
        {
            case CorrelationMethod.Independent:
                return ([.. Enumerable.Range(0, p).Select(_ => Array.Empty<double>())], [.. Enumerable.Repeat(1.0, p)]);
            case CorrelationMethod.Factor:
                return ([.. indices.Select(i => _loadings[i].ToArray())], [.. indices.Select(i => Math.Sqrt(_uniqueness[i]))]);
            default:
                var sub = Matrix<double>.Build.Dense(p, p, (r, c) => _correlation[indices[r]][indices[c]]);
                var l = sub.Cholesky().Factor;
                return ([.. Enumerable.Range(0, p).Select(r => Enumerable.Range(0, r + 1).Select(c => l[r, c]).ToArray())], new double[p]);
        }
    }

    /// <summary>Checks a correlation matrix: square, symmetric, unit diagonal, entries in [−1, 1], positive definite.</summary>
    /// <returns>A one-sentence problem, or <c>null</c>.</returns>
    internal static string? CheckCorrelation(double[][] r, Func<int, string> name)
    {
        var p = r.Length;
        for (var i = 0; i < p; i++)
        {
            if (r[i].Length != p)
            {
                return Invariant($"The correlation matrix row {i + 1} has {r[i].Length} values but the matrix has {p} rows; give a square matrix.");
            }
            if (Math.Abs(r[i][i] - 1.0) > 1e-9)
            {
                return Invariant($"The correlation of {name(i)} with itself must be 1, but was {r[i][i]}; put 1 on the diagonal.");
            }
            for (var j = 0; j < i; j++)
            {
                if (!double.IsFinite(r[i][j]) || r[i][j] is < -1.0 or > 1.0)
                {
                    return Invariant($"The correlation of {name(i)} and {name(j)} must be from -1 to 1, but was {r[i][j]}; give a correlation in that range.");
                }
                if (Math.Abs(r[i][j] - r[j][i]) > 1e-12)
                {
                    return Invariant($"The correlation matrix must be symmetric, but {name(i)} with {name(j)} is {r[i][j]} and the reverse {r[j][i]}; give one value for the pair.");
                }
            }
        }
        var m = Matrix<double>.Build.Dense(p, p, (i, j) => r[i][j]);
        var eigen = m.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Min();
        return eigen > 1e-10
            ? null
            : Invariant($"The correlation matrix is not positive definite (its smallest eigenvalue is {eigen:0.######}), so no joint distribution has these correlations; lower the largest correlations or make them consistent with each other.");
    }
}

/// <summary>The years the simulation was calibrated on, and the exclusion rule.</summary>
/// <param name="FirstYear">The first year of the window.</param>
/// <param name="LastYear">The last year of the window.</param>
/// <param name="ExcludeInflationAbovePct">Years with deflator inflation above this, percent, are left out for that ally (a different monetary regime).</param>
public sealed record CalibrationWindow(int FirstYear, int LastYear, double ExcludeInflationAbovePct);

/// <summary>A user's change to one series.</summary>
/// <param name="Id">The series id, such as <c>real-growth:DEU</c>.</param>
/// <param name="Persistence">A new AR(1) coefficient, or <c>null</c>.</param>
/// <param name="Volatility">A new shock standard deviation in log points, or <c>null</c>.</param>
/// <param name="Drift">A new yearly drift of the log exchange rate, or <c>null</c>.</param>
public sealed record SeriesOverride(string Id, double? Persistence, double? Volatility, double? Drift);

/// <summary>A user's correlation between two series.</summary>
/// <param name="First">One series id.</param>
/// <param name="Second">The other series id.</param>
/// <param name="Value">The correlation.</param>
public sealed record CorrelationOverride(string First, string Second, double Value);

/// <summary>A user's overrides of the calibrated parameters (read from a JSON file by the data layer).</summary>
/// <param name="Series">Series parameters to replace.</param>
/// <param name="Method">The correlation method, or <c>null</c> to keep (full when correlations are given).</param>
/// <param name="Factors">The number of factors, or <c>null</c> to keep.</param>
/// <param name="Correlations">Correlations to replace, pair by pair.</param>
public sealed record ParameterOverrides(IReadOnlyList<SeriesOverride> Series, CorrelationMethod? Method, int? Factors, IReadOnlyList<CorrelationOverride> Correlations)
{
    /// <summary>Every problem with the overrides against a parameter set, one sentence each; empty when they apply.</summary>
    public IReadOnlyList<string> Validate(SimulationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<string>();
        var example = parameters.Series.Count > 0 ? parameters.Series[0].Id : "real-growth:DEU";
        string? Unknown(string id) => parameters.IndexOf(id) < 0
            ? Invariant($"The series '{id}' is not one the simulation has; use an id such as {example} (see --explain).")
            : null;
        foreach (var s in Series)
        {
            if (Unknown(s.Id) is { } u)
            {
                problems.Add(u);
                continue;
            }
            if (s.Persistence is { } phi && (!double.IsFinite(phi) || phi <= -1.0 || phi >= 1.0))
            {
                problems.Add(Invariant($"The persistence of {s.Id} must be above -1 and below 1 (a stationary AR(1)), but was {phi}; give one such as 0.4."));
            }
            if (s.Volatility is { } sigma && (!double.IsFinite(sigma) || sigma < 0.0 || sigma > 1.0))
            {
                problems.Add(Invariant($"The volatility of {s.Id} must be from 0 to 1 log points a year, but was {sigma}; give one such as 0.02."));
            }
            if (s.Drift is { } drift && (!double.IsFinite(drift) || Math.Abs(drift) > 1.0 || !s.Id.StartsWith("fx:", StringComparison.Ordinal)))
            {
                problems.Add(Invariant($"A drift is only for an exchange rate (fx:...) and must be from -1 to 1 log points a year, but {s.Id} was given {drift}; remove it or move it to an fx series."));
            }
        }
        if (Factors is { } k && (k < 1 || k >= parameters.Series.Count))
        {
            problems.Add(Invariant($"The number of factors must be from 1 to {parameters.Series.Count - 1}, but was {k}; give one such as 6."));
        }
        foreach (var c in Correlations)
        {
            var u = Unknown(c.First) ?? Unknown(c.Second);
            if (u is not null)
            {
                problems.Add(u);
            }
            else if (c.First == c.Second && c.Value != 1.0)
            {
                problems.Add(Invariant($"The correlation of {c.First} with itself must be 1, but was {c.Value}; remove it."));
            }
            else if (!double.IsFinite(c.Value) || c.Value is < -1.0 or > 1.0)
            {
                problems.Add(Invariant($"The correlation of {c.First} and {c.Second} must be from -1 to 1, but was {c.Value}; give a correlation in that range."));
            }
        }
        if (problems.Count == 0 && Correlations.Count > 0)
        {
            var r = Enumerable.Range(0, parameters.Series.Count).Select(i => Enumerable.Range(0, parameters.Series.Count).Select(j => parameters.Correlation(i, j)).ToArray()).ToArray();
            foreach (var c in Correlations)
            {
                int i = parameters.IndexOf(c.First), j = parameters.IndexOf(c.Second);
                r[i][j] = r[j][i] = c.Value;
            }
            if (SimulationParameters.CheckCorrelation(r, i => parameters.Series[i].Id) is { } bad)
            {
                problems.Add(bad);
            }
        }
        return problems;
    }
}
