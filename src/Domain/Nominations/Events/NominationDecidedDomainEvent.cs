using ThiDua.Domain.Common;

namespace ThiDua.Domain.Nominations.Events;

/// <summary>
/// The competent authority decided the dossier (quyết định khen thưởng): each line that passed carries the id of the award
/// it confers and its bonus. Its handler records those awards, in the same unit of work.
/// </summary>
public sealed record NominationDecidedDomainEvent(NominationId NominationId, DateOnly DecidedOn, DateTimeOffset RecordedAt) : IDomainEvent;
