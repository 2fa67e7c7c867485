using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>Stable error codes of people.</summary>
public static class PersonErrors
{
    public static readonly DomainError UnitNotActive =
        DomainError.Rule("person.unit_not_active", "People are employed only by active units.");

    public static readonly DomainError TransferNotAfterCurrent =
        DomainError.Rule("person.transfer_not_after_current", "A transfer starts after the current employment started.");

    public static readonly DomainError SameUnit =
        DomainError.Rule("person.transfer_same_unit", "A transfer moves the person to another unit; change the position with an update.");

    public static readonly DomainError PeriodInvalid =
        DomainError.Rule("person.period_invalid", "A period must end on or after its start.");

    public static readonly DomainError DisciplineNotFound =
        DomainError.Rule("person.discipline_not_found", "The person has no such discipline or hold.");

    public static readonly DomainError DisciplineAlreadyEnded =
        DomainError.Conflict("person.discipline_already_ended", "Only an open discipline period or hold can be ended.");

    public static readonly DomainError LeaveOverlaps =
        DomainError.Rule("person.leave_overlaps", "The leave overlaps another leave of the person.");

    public static readonly DomainError LeaveBeforeEmployment =
        DomainError.Rule("person.leave_before_employment", "A leave starts on or after the person's first employment.");

    public static readonly DomainError LeaveAlreadyEnded =
        DomainError.Conflict("person.leave_already_ended", "Only an open leave can be ended.");

    public static readonly DomainError PositionInFuture =
        DomainError.Rule("person.position_in_future", "A position is recorded once it has started.");

    public static readonly DomainError PositionOverlaps =
        DomainError.Rule("person.position_overlaps", "The same position is already recorded over these days.");

    public static readonly DomainError PositionAlreadyEnded =
        DomainError.Conflict("person.position_already_ended", "Only a position still held can be ended.");

    public static readonly DomainError DocumentInFuture =
        DomainError.Rule("person.document_in_future", "The document is dated after today.");

    public static readonly DomainError RetirementBeforeEmployment =
        DomainError.Rule("person.retirement_before_employment", "A person retires after starting work.");

    public static readonly DomainError CitizenIdTaken =
        DomainError.Conflict("person.citizen_id_taken", "Another person has this citizen id (CCCD).");
}
