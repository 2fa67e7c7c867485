using ThiDua.Domain.Common;

namespace ThiDua.Domain.Awards;

/// <summary>Stable error codes of award records.</summary>
public static class AwardErrors
{
    public static readonly DomainError UnknownAwardType =
        DomainError.Rule("award.unknown_award_type", "The award type code is not in the catalogue.");

    public static readonly DomainError RecipientKindMismatch =
        DomainError.Rule("award.recipient_kind_mismatch", "The award type is for the other kind of recipient (person or collective).");

    public static readonly DomainError DecisionBeforeYear =
        DomainError.Rule("award.decision_before_year", "A decision cannot award a year that has not begun.");

    public static readonly DomainError DecisionInFuture =
        DomainError.Rule("award.decision_in_future", "An award is recorded from a decision already issued; the decision cannot be dated after today.");

    public static readonly DomainError RevocationInFuture =
        DomainError.Rule("award.revocation_in_future", "A revocation is recorded from a decision already issued; it cannot be dated after today.");

    public static readonly DomainError UnknownInitiative =
        DomainError.Rule("award.unknown_initiative", "The basis initiative is not one of the recipient's recorded initiatives.");

    public static readonly DomainError InitiativeAlreadyUsed =
        DomainError.Rule("award.initiative_already_used", "An initiative or scientific work supports one award only (Công văn 5007/BNV-TĐKT, mục III.5.c; R9).");

    public static readonly DomainError Duplicate =
        DomainError.Conflict("award.duplicate", "The recipient already holds this award for this year (Law 06/2022/QH15 Art. 5.2.c).");

    public static readonly DomainError AlreadyRevoked =
        DomainError.Conflict("award.already_revoked", "The award has already been revoked.");

    public static readonly DomainError RevocationBeforeDecision =
        DomainError.Rule("award.revocation_before_decision", "A revocation decision cannot predate the award decision.");
}
