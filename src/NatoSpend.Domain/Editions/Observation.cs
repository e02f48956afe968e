namespace NatoSpend.Domain.Editions;

/// <summary>One published figure: an ally's (or aggregate's) metric in a year.</summary>
/// <param name="Entity">The ally's ISO3 code, or <c>NATO_TOTAL</c> / <c>NATO_EUROPE_CANADA</c> for NATO's aggregates.</param>
/// <param name="Year">The NATO reference year.</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Value">The number exactly as published, in the metric's unit.</param>
/// <param name="Unit">The unit as written in the file.</param>
/// <param name="Estimate">Whether the publisher marks the year as an estimate.</param>
public sealed record Observation(string Entity, int Year, Metric Metric, decimal Value, string Unit, bool Estimate);
