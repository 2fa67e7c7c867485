using ThiDua.Domain.Common;

namespace ThiDua.Domain.Nominations;

/// <summary>Stable error codes of nominations.</summary>
public static class NominationErrors
{
    public static readonly DomainError NotEditable =
        DomainError.Conflict("nomination.not_editable", "Lines change only while the dossier is a draft or has been returned.");

    public static readonly DomainError WrongState =
        DomainError.Conflict("nomination.wrong_state", "The dossier is not in a state that allows this.");

    public static readonly DomainError ProposingUnitNotActive =
        DomainError.Rule("nomination.proposing_unit_not_active", "The proposing unit has been merged or dissolved.");

    public static readonly DomainError UnknownAwardType =
        DomainError.Rule("nomination.unknown_award_type", "The award type code is not in the catalogue.");

    public static readonly DomainError RecipientKindMismatch =
        DomainError.Rule("nomination.recipient_kind_mismatch", "The award type is for the other kind of nominee (person or collective).");

    public static readonly DomainError DuplicateLine =
        DomainError.Rule("nomination.duplicate_line", "The dossier already proposes this nominee for this award type.");

    public static readonly DomainError NomineeOutsideUnit =
        DomainError.Rule("nomination.nominee_outside_unit", "A dossier proposes the proposing unit, units under it, or their staff.");

    public static readonly DomainError LineNotFound =
        DomainError.Rule("nomination.line_not_found", "The dossier has no such line.");

    public static readonly DomainError NoLines =
        DomainError.Rule("nomination.no_lines", "A dossier proposes at least one nominee.");

    public static readonly DomainError LineBarred =
        DomainError.Rule("nomination.line_barred", "A line fails a legal prohibition (a hold, the same award again, an initiative already used, a unit that no longer exists); no justification lifts it.");

    public static readonly DomainError PreconditionNotMet =
        DomainError.Rule("nomination.precondition_not_met", "A line fails a condition or criterion the law fixes (Nghị định 152/2025/NĐ-CP, Điều 4.2); no justification lifts it.");

    public static readonly DomainError FailingLineUnjustified =
        DomainError.Rule("nomination.failing_line_unjustified", "A line that fails a criterion the council appraises is submitted only with a justification.");

    public static readonly DomainError LineOnHold =
        DomainError.Rule("nomination.line_on_hold", "The nominee is under a hold (Nghị định 152/2025/NĐ-CP, Điều 4.4): no vote and no award while it lasts.");

    public static readonly DomainError NoQuorum =
        DomainError.Rule("nomination.no_quorum", "Too few council members were present for the vote to count.");

    public static readonly DomainError AttendanceBelowMinimum =
        DomainError.Rule("nomination.attendance_below_minimum", "The province requires more members present at a council session deciding awards.");

    public static readonly DomainError VoteInvalid =
        DomainError.Rule("nomination.vote_invalid", "Yes votes cannot exceed those present, nor those present the members.");

    public static readonly DomainError VotesMissing =
        DomainError.Rule("nomination.votes_missing", "Every line needs the council's vote before the decision.");

    public static readonly DomainError NothingPassed =
        DomainError.Rule("nomination.nothing_passed", "No line reached its vote threshold; record the dossier as not awarded.");

    public static readonly DomainError DecisionBeforeSubmission =
        DomainError.Rule("nomination.decision_before_submission", "The decision cannot predate the dossier's submission.");

    public static readonly DomainError DecisionInFuture =
        DomainError.Rule("nomination.decision_in_future", "A decision is recorded once issued; it cannot be dated after today.");

    public static readonly DomainError LineNotAwarded =
        DomainError.Rule("nomination.line_not_awarded", "Only a line that became an award by the decision can be revoked.");

    public static readonly DomainError NoBaseSalary =
        DomainError.Rule("nomination.no_base_salary", "No base salary (mức lương cơ sở) is recorded for the decision date.");

    public static readonly DomainError DecisionNumberTaken =
        DomainError.Conflict("nomination.decision_number_taken", "The issuing body already used this decision number this year.");
}
