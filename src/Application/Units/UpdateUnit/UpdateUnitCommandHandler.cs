using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.UpdateUnit;

public sealed class UpdateUnitCommandHandler(
    IUnitRepository units, AccessGuard access, IUnitQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<UpdateUnitCommand, UnitDetailsDocument>
{
    public async ValueTask<UnitDetailsDocument> Handle(UpdateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await units.GetByIdAsync(new UnitId(command.Id), cancellationToken)
            ?? throw new NotFoundException("Unit", command.Id);
        await access.EnsureCanActForAsync(unit.Id, cancellationToken);
        command.EnsureVersion(unit.Version);
        var agencyCode = command.AgencyCode is null ? unit.AgencyCode
            : command.AgencyCode.Trim().Length == 0 ? null
            : AgencyCode.Normalize(command.AgencyCode);
        if (access.IsOnlyUnitOfficer
            && (!string.Equals(Text.Clean(command.Name), unit.Name, StringComparison.Ordinal)
                || !string.Equals(agencyCode, unit.AgencyCode, StringComparison.Ordinal)
                || command.Kind != unit.Kind
                || !string.Equals(Text.Clean(command.Province), unit.Province, StringComparison.Ordinal)))
        {
            throw new ForbiddenException(
                AccessGuard.RoleNotAllowed.WithMessage(
                "Cán bộ đơn vị chỉ được sửa tên viết tắt; tên, loại hình, tỉnh, thành phố và mã định danh điện tử do cơ quan quản lý thay đổi (việc đổi tên chính thức là một sự kiện thay đổi tổ chức).",
                "A unit officer may correct only the short name; the name, kind, province and electronic identifier code are changed by the managing authority (an official renaming is a lineage event)."));
        }

        unit.Update(command.Name, command.ShortName, command.Kind, command.Province, clock.GetUtcNow());
        if (!string.Equals(agencyCode, unit.AgencyCode, StringComparison.Ordinal))
        {
            unit.AssignAgencyCode(agencyCode, clock.GetUtcNow());
        }

        return await written.ReadAsync(ct => queries.GetDetailsAsync(unit.Id, ct), cancellationToken);
    }
}
