using Mediator;

namespace ThiDua.Application.Nominations.WithdrawNomination;

public sealed class WithdrawNominationCommandHandler(NominationAccess access, TimeProvider clock) : ICommandHandler<WithdrawNominationCommand>
{
    public async ValueTask<Unit> Handle(WithdrawNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        nomination.Withdraw(clock.GetUtcNow());
        return Unit.Value;
    }
}
