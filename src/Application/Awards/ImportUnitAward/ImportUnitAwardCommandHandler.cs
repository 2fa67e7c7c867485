using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Awards.ImportUnitAward;

/// <summary>An admin, or a council over the unit, enters its past awards.</summary>
public sealed class ImportUnitAwardCommandHandler(IUnitRepository units, IAwardRecordRepository awards, AccessGuard access, TimeProvider clock)
    : ICommandHandler<ImportUnitAwardCommand, Guid>
{
    public async ValueTask<Guid> Handle(ImportUnitAwardCommand command, CancellationToken cancellationToken)
    {
        var unit = await units.GetByIdAsync(new UnitId(command.UnitId), cancellationToken) ?? throw new NotFoundException("Unit", command.UnitId);
        await access.EnsureCanManageAsync(unit.Id, cancellationToken);
        var record = AwardRecord.ImportForUnit(
            command.AwardTypeCode.Trim().ToUpperInvariant(), unit, command.Year, command.CommendationType, command.Decision.ToReference(), clock.GetUtcNow());
        awards.Add(record);
        return record.Id.Value;
    }
}
