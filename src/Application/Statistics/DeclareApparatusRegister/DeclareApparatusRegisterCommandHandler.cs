using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Statistics.DeclareApparatusRegister;

/// <summary>The authority's own unit officer, a council or integration client over it, or an admin declares its register.</summary>
public sealed class DeclareApparatusRegisterCommandHandler(
    IUnitRepository units, IApparatusRegisterRepository registers, IApparatusRegisterQueries queries, AccessGuard access, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<DeclareApparatusRegisterCommand, Upserted<ApparatusRegisterDto>>
{
    public async ValueTask<Upserted<ApparatusRegisterDto>> Handle(DeclareApparatusRegisterCommand command, CancellationToken cancellationToken)
    {
        var authority = await units.GetForChangeAsync(new UnitId(command.AuthorityId), cancellationToken)
            ?? throw new NotFoundException("Unit", command.AuthorityId);
        await access.EnsureCanActForAsync(authority.Id, cancellationToken);

        var unitEntries = command.Units.Select(u => ApparatusUnitEntry.Create(u.Reference, u.Name, u.Level!.Value, u.Staffing!.Value)).ToList();
        var staffEntries = command.Staff.Select(s => ApparatusStaffEntry.Create(s.Reference, s.Gender!.Value, s.BirthYear!.Value, s.Education!.Value, s.FirstYearInField!.Value, s.Staffing!.Value)).ToList();
        var now = clock.GetUtcNow();
        var existing = await registers.FindAsync(authority.Id, command.Year, cancellationToken);
        if (existing is null)
        {
            registers.Add(ApparatusRegister.Declare(authority, command.Year, unitEntries, staffEntries, now));
        }
        else
        {
            command.EnsureVersion(existing.Version);
            existing.Replace(unitEntries, staffEntries, now);
        }

        var register = await written.ReadAsync(async ct => await queries.FindAsync(command.AuthorityId, command.Year, ct), cancellationToken);
        return new Upserted<ApparatusRegisterDto>(register!, Created: existing is null);
    }
}
