using Mediator;

namespace ThiDua.Application.Nominations.ReturnNomination;

public sealed class ReturnNominationCommandHandler(NominationAccess access, TimeProvider clock) : ICommandHandler<ReturnNominationCommand>
{
    public async ValueTask<Unit> Handle(ReturnNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        nomination.Return(command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}
