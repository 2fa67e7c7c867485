namespace ThiDua.Domain.Nominations;

/// <summary>
/// Lifecycle of a dossier (domain.md §6.5): drafted by the proposing unit, submitted (eligibility evaluated), returned
/// with a reason or taken to the council, then decided by a numbered decision or not awarded; withdrawn before review.
/// </summary>
public enum NominationStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    CouncilReview = 4,
    Decided = 5,
    NotAwarded = 6,
    Withdrawn = 7,
}
