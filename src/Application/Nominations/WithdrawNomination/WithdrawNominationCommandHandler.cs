using Mediator;

namespace ThiDua.Application.Nominations.WithdrawNomination;

public sealed class WithdrawNominationCommandHandler(NominationView view, NominationAccess access, TimeProvider clock) : ICommandHandler<WithdrawNominationCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(WithdrawNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        nomination.Withdraw(clock.GetUtcNow());
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
