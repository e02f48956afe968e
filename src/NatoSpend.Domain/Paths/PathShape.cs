namespace NatoSpend.Domain.Paths;

/// <summary>How a required path climbs from the base-year share to the target (docs/domain.md §3).</summary>
public enum PathShape
{
    /// <summary>Equal steps: <c>s(b) + (T − s(b))·(y − b)/(Y − b)</c>.</summary>
    Linear,

    /// <summary>A fixed step in percentage points a year until the target is reached, then held (the 2032 draft's 0.2 pp).</summary>
    MinStep,

    /// <summary>Constant real growth of spending that lands on the target in the deadline year.</summary>
    RealGrowth,

    /// <summary>Closes a fixed fraction of the remaining distance each year, so steps shrink geometrically and land on the target.</summary>
    FrontLoaded,

    /// <summary>The baseline: the share frozen at the base year.</summary>
    Hold,
}

/// <summary>The names users type for <see cref="PathShape"/> values.</summary>
public static class PathShapes
{
    /// <summary>Every shape, in the order reports list them.</summary>
    public static IReadOnlyList<PathShape> All { get; } =
        [PathShape.Linear, PathShape.MinStep, PathShape.RealGrowth, PathShape.FrontLoaded, PathShape.Hold];

    /// <summary>The name of a shape as typed and printed, such as <c>min-step</c>.</summary>
    public static string Name(PathShape shape) => shape switch
    {
        PathShape.Linear => "linear",
        PathShape.MinStep => "min-step",
        PathShape.RealGrowth => "real-growth",
        PathShape.FrontLoaded => "front-loaded",
        PathShape.Hold => "hold",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "The shape is not one NatoSpend knows."),
    };

    /// <summary>The shape with this name, or <c>null</c>.</summary>
    public static PathShape? Find(string? name)
    {
        var key = name?.Trim().ToLowerInvariant();
        foreach (var shape in All)
        {
            if (Name(shape) == key)
            {
                return shape;
            }
        }
        return null;
    }

    /// <summary>The shape with this name.</summary>
    /// <exception cref="ArgumentException">The name is not a shape; the message lists the shapes.</exception>
    public static PathShape Parse(string name) => Find(name)
        ?? throw new ArgumentException(UnknownMessage(name), nameof(name));

    /// <summary>The message for a name that is not a shape.</summary>
    public static string UnknownMessage(string? name) =>
        $"The shape '{name}' is not one NatoSpend knows; use {ListText()}.";

    /// <summary>The shape names, written as a list ("linear, min-step, … or hold").</summary>
    public static string ListText() => string.Join(", ", All.Take(All.Count - 1).Select(Name)) + " or " + Name(All[^1]);
}
