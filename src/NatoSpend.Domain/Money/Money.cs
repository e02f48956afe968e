using static System.FormattableString;

namespace NatoSpend.Domain;

/// <summary>An amount of money in one currency, in whole currency units (not millions).</summary>
/// <remarks>Immutable; <c>default</c> is zero in no currency. Amounts in two currencies never add silently.</remarks>
public readonly record struct Money
{
    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount, in currency units.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of the amount.</summary>
    public Currency Currency { get; }

    /// <summary>The amount in millions of currency units, the unit NATO's tables use.</summary>
    public decimal Millions => Amount / 1_000_000m;

    /// <summary>An amount in currency units.</summary>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>An amount given in millions of currency units, as NATO's tables print it.</summary>
    public static Money FromMillions(decimal millions, Currency currency) => new(millions * 1_000_000m, currency);

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    /// <summary>Subtracts two amounts in the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    /// <summary>Scales an amount.</summary>
    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, money.Currency);

    /// <summary>The ratio of two amounts in the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static decimal operator /(Money left, Money right)
    {
        SameCurrency(left, right);
        return left.Amount / right.Amount;
    }

    /// <summary>Converts at a rate given in units of <paramref name="target"/> per unit of this currency.</summary>
    public Money ConvertTo(Currency target, decimal ratePerUnit) => new(Amount * ratePerUnit, target);

    /// <inheritdoc/>
    public override string ToString() => Invariant($"{Currency} {Millions:#,0.0} m");

    private static Currency SameCurrency(Money left, Money right) => left.Currency == right.Currency
        ? left.Currency
        : throw new InvalidOperationException(
            Invariant($"Cannot combine {left} with {right}: the currencies differ; convert one of them first at a stated exchange rate."));
}
