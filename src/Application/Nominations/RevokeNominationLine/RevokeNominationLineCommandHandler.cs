using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.RevokeNominationLine;

/// <summary>The receiving authority (council over the proposing unit, or an admin) records the revocation.</summary>
public sealed class RevokeNominationLineCommandHandler(NominationView view, NominationAccess access, IAwardRecordRepository awards, TimeProvider clock)
    : ICommandHandler<RevokeNominationLineCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(RevokeNominationLineCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, null, cancellationToken);
        var awardId = nomination.FindLine(command.LineId).AwardId ?? throw new DomainRuleViolationException(NominationErrors.LineNotAwarded);
        var award = await awards.GetByIdAsync(awardId, cancellationToken) ?? throw new NotFoundException("Award", awardId.Value);
        award.Revoke(command.Ground, command.Decision.ToReference(), command.Reason, clock.GetUtcNow());
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
