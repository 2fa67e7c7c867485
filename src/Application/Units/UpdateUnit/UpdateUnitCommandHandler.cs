using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.UpdateUnit;

public sealed class UpdateUnitCommandHandler(IUnitRepository units, AccessGuard access, TimeProvider clock)
    : ICommandHandler<UpdateUnitCommand>
{
    public async ValueTask<Unit> Handle(UpdateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await units.GetByIdAsync(new UnitId(command.Id), cancellationToken)
            ?? throw new NotFoundException("Unit", command.Id);
        await access.EnsureCanActForAsync(unit.Id, cancellationToken);
        command.EnsureVersion(unit.Version);

        unit.Update(command.Name, command.ShortName, command.Kind, command.Province, clock.GetUtcNow());
        return Unit.Value;
    }
}
