using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Awards.RevokeAward;

/// <summary>An admin, or a council over the unit the award belongs to, records the revocation.</summary>
public sealed class RevokeAwardCommandHandler(IAwardRecordRepository awards, AccessGuard access, TimeProvider clock) : ICommandHandler<RevokeAwardCommand>
{
    public async ValueTask<Unit> Handle(RevokeAwardCommand command, CancellationToken cancellationToken)
    {
        var record = await awards.GetByIdAsync(new AwardRecordId(command.AwardId), cancellationToken) ?? throw new NotFoundException("Award", command.AwardId);
        await access.EnsureCanManageAsync(record.UnitId, cancellationToken);
        command.EnsureVersion(record.Version);
        record.Revoke(command.Ground, command.Decision.ToReference(), command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}
