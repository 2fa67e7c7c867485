namespace ThiDua.Domain.Covenants;

/// <summary>Lifecycle of a covenant (domain.md §5; issue "Covenants").</summary>
public enum CovenantStatus
{
    /// <summary>Being drafted; contents and criteria may change.</summary>
    Draft = 1,

    /// <summary>Contents and criteria frozen; member units sign.</summary>
    OpenForSigning = 2,

    /// <summary>Every current member unit of the year's term has signed (ký kết giao ước).</summary>
    InForce = 3,

    /// <summary>Year-end scoring (chấm điểm).</summary>
    Scoring = 4,

    /// <summary>Scores final and read-only; the ranking stands.</summary>
    Finalized = 5,
}
