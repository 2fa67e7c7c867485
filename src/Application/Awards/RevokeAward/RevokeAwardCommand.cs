using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Awards.RevokeAward;

/// <summary>Annuls an award on a legal ground by a revocation decision (hủy bỏ quyết định khen thưởng). Returns the award as revoked.</summary>
public sealed record RevokeAwardCommand(Guid AwardId, RevocationGround Ground, DocumentInput Decision, string? Reason, uint? ExpectedVersion)
    : ICommand<AwardRecordDto>, IVersionedCommand;
