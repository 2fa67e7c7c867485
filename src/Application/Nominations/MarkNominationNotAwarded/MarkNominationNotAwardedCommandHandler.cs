using Mediator;

namespace ThiDua.Application.Nominations.MarkNominationNotAwarded;

public sealed class MarkNominationNotAwardedCommandHandler(NominationAccess access, TimeProvider clock) : ICommandHandler<MarkNominationNotAwardedCommand>
{
    public async ValueTask<Unit> Handle(MarkNominationNotAwardedCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        nomination.MarkNotAwarded(command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}
