using Mediator;

namespace ThiDua.Application.Nominations.JustifyNominationLine;

public sealed class JustifyNominationLineCommandHandler(NominationView view, NominationAccess access, TimeProvider clock) : ICommandHandler<JustifyNominationLineCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(JustifyNominationLineCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        nomination.JustifyLine(command.LineId, command.Justification, clock.GetUtcNow());
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
