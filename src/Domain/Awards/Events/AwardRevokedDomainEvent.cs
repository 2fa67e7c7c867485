using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Domain.Awards.Events;

/// <summary>An award was revoked (hủy bỏ quyết định khen thưởng); the initiatives it rested on may support another award (R9).</summary>
public sealed record AwardRevokedDomainEvent(AwardRecordId AwardId, PersonId? PersonId, DateTimeOffset RevokedAt) : IDomainEvent;
