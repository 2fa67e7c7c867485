using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Awards.RevokeAward;

/// <summary>
/// An award decided in this system is revoked by the authority that decided it: an admin, or a council strictly above the
/// dossier's proposing unit. An imported award is revoked by an admin or a council strictly above the award's unit, as it was entered.
/// </summary>
public sealed class RevokeAwardCommandHandler(IAwardRecordRepository awards, INominationRepository nominations, AccessGuard access, IAwardQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<RevokeAwardCommand, AwardRecordDto>
{
    public async ValueTask<AwardRecordDto> Handle(RevokeAwardCommand command, CancellationToken cancellationToken)
    {
        var record = await awards.GetByIdAsync(new AwardRecordId(command.AwardId), cancellationToken) ?? throw new NotFoundException("Award", command.AwardId);
        if (record.Source == AwardSource.Decision)
        {
            var proposingUnit = await nominations.ProposingUnitOfAwardAsync(record.Id, cancellationToken)
                ?? throw new NotFoundException("Nomination", command.AwardId);
            await access.EnsureCanJudgeAsync(proposingUnit, cancellationToken);
        }
        else
        {
            await access.EnsureCanJudgeAsync(record.UnitId, cancellationToken);
        }

        command.EnsureVersion(record.Version);
        record.Revoke(command.Ground, command.Decision.ToReference(), command.Reason, clock.GetUtcNow());
        return await written.ReadAsync(ct => queries.GetAsync(record.Id.Value, ct), cancellationToken);
    }
}
