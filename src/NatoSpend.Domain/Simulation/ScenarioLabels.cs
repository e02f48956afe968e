namespace NatoSpend.Domain.Simulation;

/// <summary>How a simulation names what it runs: a path and what it holds fixed, or a plan.</summary>
public static class ScenarioLabels
{
    /// <summary>The label of a path simulation: its shape and what it holds fixed.</summary>
    public static string PathLabel(string shape, SpendingBasis basis) => $"{shape} path, {BasisName(basis)} held fixed";

    /// <summary>The label of a plan simulation.</summary>
    public static string PlanLabel(string title, string basis) => $"plan '{title}' ({basis}), each year fixed in the unit it is given";

    /// <summary>The name of what a path holds fixed: money, share or real.</summary>
    public static string BasisName(SpendingBasis basis) => basis switch
    {
        SpendingBasis.Share => "share",
        SpendingBasis.Real => "real",
        _ => "money",
    };
}
