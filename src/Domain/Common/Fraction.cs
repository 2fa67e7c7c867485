namespace ThiDua.Domain.Common;

/// <summary>
/// An exact share such as ⅔, compared in integers so that 6 of 9 reaches ⅔ (a decimal ⅔ × 9 is 6.000…03 and would not).
/// </summary>
public sealed record Fraction
{
    public Fraction(int numerator, int denominator)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), $"{numerator}/{denominator} is not a share between 0 and 1.");
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public int Numerator { get; }

    public int Denominator { get; }

    /// <summary>Whether <paramref name="count"/> out of <paramref name="total"/> is at least this share.</summary>
    public bool IsReachedBy(int count, int total) => (long)count * Denominator >= (long)Numerator * total;

    /// <summary>The smallest count out of <paramref name="total"/> that reaches this share.</summary>
    public int MinimumOf(int total) => (int)(((long)Numerator * total + Denominator - 1) / Denominator);

    public override string ToString() => $"{Numerator}/{Denominator}";
}
