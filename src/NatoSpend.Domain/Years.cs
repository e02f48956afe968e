namespace NatoSpend.Domain;

/// <summary>The years NatoSpend accepts anywhere: from NATO's founding to the end of the century.</summary>
public static class Years
{
    /// <summary>1949, the year the alliance was founded and the first year SIPRI's series can reach.</summary>
    public const int First = 1949;

    /// <summary>2100, the last year a deadline, a plan or a projection may reach.</summary>
    public const int Last = 2100;
}
