namespace NatoSpend.Domain.Measures;

/// <summary>The prices and exchange rates money is shown at.</summary>
/// <remarks><c>default</c> is <see cref="Current"/>, the sources' own basis.</remarks>
public enum PriceBasis
{
    /// <summary>As the source publishes it: current prices and market exchange rates (with any constant-price columns the view has).</summary>
    Current,

    /// <summary>International dollars at the IMF WEO's GDP-wide purchasing-power parity (PPPEX): not a military price index.</summary>
    Ppp,
}
