using Mediator;

namespace ThiDua.Application.Nominations.RemoveNominationLine;

public sealed class RemoveNominationLineCommandHandler(NominationView view, NominationAccess access, TimeProvider clock) : ICommandHandler<RemoveNominationLineCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(RemoveNominationLineCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        nomination.RemoveLine(command.LineId, clock.GetUtcNow());
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
