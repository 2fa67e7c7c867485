using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.DraftNomination;

public sealed class DraftNominationCommandHandler(
    IUnitRepository units, NominationReferences references, INominationRepository nominations, AccessGuard access, TimeProvider clock, NominationView view)
    : ICommandHandler<DraftNominationCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(DraftNominationCommand command, CancellationToken cancellationToken)
    {
        var unitId = new UnitId(command.ProposingUnitId);
        await access.EnsureCanActForAsync(unitId, cancellationToken);
        var unit = await units.GetByIdAsync(unitId, cancellationToken) ?? throw new NotFoundException("Unit", command.ProposingUnitId);
        await references.EnsureInScopeAsync(unitId, command.CampaignId, command.CovenantId, cancellationToken);

        var nomination = Nomination.Draft(unit, command.Year, command.CommendationType, command.Title, command.CampaignId, command.CovenantId, clock.GetUtcNow());
        nominations.Add(nomination);
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
