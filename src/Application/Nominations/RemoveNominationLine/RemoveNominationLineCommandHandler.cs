using Mediator;

namespace ThiDua.Application.Nominations.RemoveNominationLine;

public sealed class RemoveNominationLineCommandHandler(NominationAccess access, TimeProvider clock) : ICommandHandler<RemoveNominationLineCommand>
{
    public async ValueTask<Unit> Handle(RemoveNominationLineCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        nomination.RemoveLine(command.LineId, clock.GetUtcNow());
        return Unit.Value;
    }
}
