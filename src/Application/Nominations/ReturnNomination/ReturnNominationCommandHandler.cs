using Mediator;

namespace ThiDua.Application.Nominations.ReturnNomination;

public sealed class ReturnNominationCommandHandler(NominationView view, NominationAccess access, TimeProvider clock) : ICommandHandler<ReturnNominationCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(ReturnNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        nomination.Return(command.Reason, clock.GetUtcNow());
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
