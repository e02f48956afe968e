using NatoSpend.Domain.Measures;
using NatoSpend.Reporting.Inputs;

namespace NatoSpend.Reporting.Measures;

/// <summary>The <c>prices</c> input of <c>status</c>, <c>world</c> and <c>compare</c>, and what the PPP lens says about itself.</summary>
public static class Prices
{
    /// <summary>What a PPP figure is, on every view it appears in.</summary>
    public const string Caveat = "PPP is the IMF's GDP-wide purchasing-power parity (international dollars at WEO's implied PPP conversion rate, PPPEX), not a military-specific price index: it prices a typical basket of a whole economy's output, not soldiers' pay, fuel or equipment, much of which is bought at world prices.";

    /// <summary>How the tool converts, for the notes and the answer.</summary>
    public const string Formula = "spending in international dollars = spending in USD at current prices and exchange rates × (WEO NGDP ÷ NGDPD, the market rate in national currency per USD) ÷ PPPEX (national currency per international dollar); derived by NatoSpend";

    /// <summary>Reads the prices asked for: <c>current</c> (the default) or <c>ppp</c>.</summary>
    /// <exception cref="InputException">The value is neither.</exception>
    public static PriceBasis Read(string? text, Face face)
    {
        ArgumentNullException.ThrowIfNull(face);
        return text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "current" => PriceBasis.Current,
            "ppp" => PriceBasis.Ppp,
            _ => throw new InputException(
                $"The prices '{text}' given to {face.Name("prices")} are not ones NatoSpend knows; use current (the default: current prices and market exchange rates, as published) or ppp (GDP-wide purchasing-power parity, international dollars)."),
        };
    }

    /// <summary>The basis's name in answers: <c>current</c> or <c>ppp</c>.</summary>
    public static string Name(PriceBasis basis) => basis == PriceBasis.Ppp ? "ppp" : "current";

    /// <summary>The prices part of an answer.</summary>
    public static PricesAnswer Answer(PriceBasis basis, string vintage) => basis == PriceBasis.Ppp
        ? new PricesAnswer("ppp", $"GDP-wide PPP, international dollars (IMF WEO implied PPP conversion rate PPPEX, {vintage})", Caveat, Formula, vintage)
        : new PricesAnswer("current", "current prices and market exchange rates, as published", null, null, vintage);
}

/// <summary>The prices an answer's money is at, and with PPP the caveat that goes with it.</summary>
/// <param name="Basis"><c>current</c> (as published) or <c>ppp</c>.</param>
/// <param name="Label">What the basis is.</param>
/// <param name="Caveat">With <c>ppp</c>: that PPP is GDP-wide, not a military price index; <c>null</c> otherwise.</param>
/// <param name="Formula">With <c>ppp</c>: how the tool converts; <c>null</c> otherwise.</param>
/// <param name="Outlook">The IMF WEO vintage of the PPP rate, population and government expenditure the derived measures use.</param>
public sealed record PricesAnswer(string Basis, string Label, string? Caveat, string? Formula, string Outlook);
