using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Covenants.Events;

/// <summary>A member unit signed the covenant; <paramref name="InForce"/> when it was the last one.</summary>
public sealed record CovenantSignedDomainEvent(CovenantId CovenantId, UnitId UnitId, bool InForce, DateTimeOffset SignedAt) : IDomainEvent;
