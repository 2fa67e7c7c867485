using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Units;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>
/// The person an individual award went to, as the caller may see them: citizen id and birth date are personal data,
/// shown to an admin, a council over the person's current unit and that unit's own officer (<c>personalDataVisible</c>);
/// for everyone else the citizen id is masked (<c>0010*****345</c>) and the birth date left out, as in the people view.
/// </summary>
public sealed record AwardLookupPersonDto(
    Guid Id,
    string FullName,
    string? CivilServantCode,
    string? CitizenId,
    DateOnly? BirthDate,
    UnitReferenceDto CurrentUnit,
    bool PersonalDataVisible);

/// <summary>
/// One award found by the lookup. <c>unit</c> is the unit the award was given to or in (for a person, their unit on the
/// decision date) as it is recorded today — a unit since merged keeps its record, status <c>merged</c> — and
/// <c>unitNameAtDecision</c> the name the decision used; both name the original unit even when the award is found
/// through its successor. Revoked awards are listed, marked <c>revoked</c>; <c>source</c> tells an award decided in
/// this system from one imported from a past decision, and both carry their decision.
/// </summary>
public sealed record AwardLookupItemDto(
    Guid Id,
    AwardTypeReferenceDto AwardType,
    RecipientKind RecipientKind,
    int Year,
    CommendationType CommendationType,
    DocumentDto Decision,
    AwardSource Source,
    string RecipientNameAtDecision,
    string UnitNameAtDecision,
    UnitReferenceDto Unit,
    AwardLookupPersonDto? Person,
    long? BonusVnd,
    bool Revoked,
    RevocationDto? Revocation);
