using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;

namespace ThiDua.Domain.CovenantAssessments;

/// <summary>Stable error codes of covenant scoring.</summary>
public static class AssessmentErrors
{
    /// <summary>The covenant's <see cref="CovenantErrors.NotScoring"/> (one code, declared there), with scoring's message.</summary>
    public static DomainError NotScoring { get; } =
        CovenantErrors.NotScoring.WithMessage("Scores are entered only while the covenant is open for scoring.");

    public static readonly DomainError Finalized =
        DomainError.Conflict("covenant.finalized", "The covenant is finalized: its scores are read-only.");

    public static readonly DomainError AssessedNotSignatory =
        DomainError.Rule("covenant.assessed_unit_not_signatory", "Only units that signed the covenant are scored.");

    public static readonly DomainError PeerNotSignatory =
        DomainError.Rule("covenant.peer_not_signatory", "A peer assessor must be another unit that signed the covenant.");

    public static readonly DomainError PeerScoresItself =
        DomainError.Rule("covenant.peer_scores_itself", "A unit never peer-scores itself; its own scores are the self-assessment.");

    public static readonly DomainError UnknownCriterion =
        DomainError.Rule("covenant.unknown_criterion", "The covenant has no criterion with this code.");

    public static readonly DomainError ScoreOutOfRange =
        DomainError.Rule("covenant.score_out_of_range", "A criterion score must be between 0 and the criterion's maximum.");

    public static readonly DomainError UnknownAdjustmentRule =
        DomainError.Rule("covenant.unknown_adjustment_rule", "The covenant has no bonus or penalty rule with this code.");

    public static readonly DomainError AdjustmentOverCap =
        DomainError.Rule("covenant.adjustment_over_cap", "Bonus and penalty points must be between 0 and the rule's cap.");

    public static readonly DomainError VerificationNoteRequired =
        DomainError.Rule("covenant.verification_note_required", "A verified score that differs from the self-assessment needs a note.");

    public static readonly DomainError ChangeReasonRequired =
        DomainError.Rule("covenant.change_reason_required", "Changing recorded scores needs a reason.");

    public static readonly DomainError StaffOnlyInSelfAssessment =
        DomainError.Rule("covenant.staff_only_in_self_assessment", "A unit declares its staff composition in its own self-assessment.");
}
