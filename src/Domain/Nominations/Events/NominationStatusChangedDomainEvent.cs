using ThiDua.Domain.Common;

namespace ThiDua.Domain.Nominations.Events;

/// <summary>
/// A dossier moved to <paramref name="Status"/> (submitted, returned, taken to the council, not awarded, withdrawn).
/// The decision has its own event (<see cref="NominationDecidedDomainEvent"/>). Integration events are produced from
/// these (ADR 0025).
/// </summary>
public sealed record NominationStatusChangedDomainEvent(NominationId NominationId, NominationStatus Status, DateTimeOffset ChangedAt) : IDomainEvent;
