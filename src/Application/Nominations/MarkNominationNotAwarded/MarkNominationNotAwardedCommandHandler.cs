using Mediator;

namespace ThiDua.Application.Nominations.MarkNominationNotAwarded;

public sealed class MarkNominationNotAwardedCommandHandler(NominationView view, NominationAccess access, TimeProvider clock) : ICommandHandler<MarkNominationNotAwardedCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(MarkNominationNotAwardedCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        nomination.MarkNotAwarded(command.Reason, clock.GetUtcNow());
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
