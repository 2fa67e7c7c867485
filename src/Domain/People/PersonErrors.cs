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

    public static readonly DomainError CitizenIdTaken =
        DomainError.Conflict("person.citizen_id_taken", "Another person has this citizen id (CCCD).");
}
