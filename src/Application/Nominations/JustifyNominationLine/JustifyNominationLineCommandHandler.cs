using Mediator;

namespace ThiDua.Application.Nominations.JustifyNominationLine;

public sealed class JustifyNominationLineCommandHandler(NominationAccess access, TimeProvider clock) : ICommandHandler<JustifyNominationLineCommand>
{
    public async ValueTask<Unit> Handle(JustifyNominationLineCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        nomination.JustifyLine(command.LineId, command.Justification, clock.GetUtcNow());
        return Unit.Value;
    }
}
