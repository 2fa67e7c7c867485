using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.CreateUnit;

public sealed class CreateUnitCommandHandler(
    IUnitRepository units,
    AccessGuard access,
    ICurrentUser user,
    IUnitQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<CreateUnitCommand, UnitDetailsDocument>
{
    public async ValueTask<UnitDetailsDocument> Handle(CreateUnitCommand command, CancellationToken cancellationToken)
    {
        OrganisationUnit? parent = null;
        if (command.ParentId is { } parentId)
        {
            parent = await units.GetForReferenceAsync(new UnitId(parentId), cancellationToken)
                ?? throw new DomainRuleViolationException(UnitErrors.ParentNotFound);
            await access.EnsureCanManageAsync(parent.Id, cancellationToken);
        }
        else if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed.WithMessage("Chỉ quản trị viên mới được tạo đơn vị cấp cao nhất.", "Only an administrator may create a top-level unit."));
        }

        if (await units.CodeExistsAsync(OrganisationUnit.NormalizeCode(command.Code), cancellationToken))
        {
            throw new DomainRuleViolationException(UnitErrors.CodeTaken);
        }

        var now = clock.GetUtcNow();
        var unit = OrganisationUnit.Create(
            command.Code,
            command.Name,
            command.ShortName,
            command.Kind,
            parent,
            command.Province,
            command.ValidFrom ?? DateOnly.FromDateTime(now.UtcDateTime),
            now);
        if (!string.IsNullOrEmpty(command.AgencyCode))
        {
            unit.AssignAgencyCode(command.AgencyCode, now);
        }

        units.Add(unit);
        return await written.ReadAsync(ct => queries.GetDetailsAsync(unit.Id, ct), cancellationToken);
    }
}
