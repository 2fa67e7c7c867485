using Mediator;

namespace ThiDua.Application.Nominations.RecordCouncilVote;

public sealed class RecordCouncilVoteCommandHandler(NominationAccess access, TimeProvider clock) : ICommandHandler<RecordCouncilVoteCommand>
{
    public async ValueTask<Unit> Handle(RecordCouncilVoteCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        nomination.RecordVote(command.LineId, command.Members, command.Present, command.Yes, command.WrittenYes, clock.GetUtcNow());
        return Unit.Value;
    }
}
