using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>
/// Who may look awards up, how far, and with which filters (ADR 0032). Every reader may look up inside its own authority;
/// no role sees another authority's awards. Filtering on personal data (citizen id, birth date) is refused to
/// integration clients, which never read it (403 <c>auth.role_not_allowed</c>), and for everyone else matches only the
/// people whose personal data the caller may read, so the filter never reveals what the person's page would withhold.
/// </summary>
public sealed class AwardLookupAccess(ICurrentUser user, AccessGuard access, IAwardLookupQueries queries)
{
    public async Task<AwardLookupScope> ScopeForAsync(AwardLookupFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = await CallerScopeAsync(cancellationToken);
        if (filter.FiltersOnPersonalData && !scope.PersonalData)
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed.WithMessage(
                "Ứng dụng tích hợp không đọc dữ liệu cá nhân nên không tra cứu theo số căn cước công dân hoặc ngày sinh.",
                "An integration client does not read personal data, so it cannot look up by citizen id or birth date."));
        }

        if (filter.UnitId is { } unitId)
        {
            switch (await queries.LocateUnitAsync(scope, unitId, cancellationToken))
            {
                case UnitInLookupScope.Unknown:
                    throw new NotFoundException("Unit", unitId);
                case UnitInLookupScope.Outside when scope.Reach == AwardLookupReach.OwnUnit:
                    throw new ForbiddenException(AccessGuard.OtherUnit.WithMessage(
                        "Cán bộ đơn vị chỉ tra cứu khen thưởng của đơn vị mình và các đơn vị đã sáp nhập vào đơn vị mình.",
                        "A unit officer looks up only the awards of its own unit and of the units merged into it."));
                case UnitInLookupScope.Outside:
                    throw new ForbiddenException(AccessGuard.OutsideAuthority.WithMessage(
                        "Đơn vị không thuộc quyền quản lý của cơ quan thực hiện tra cứu (kể cả các đơn vị đã sáp nhập vào đơn vị thuộc quyền).",
                        "The unit is not under the caller's managing authority, nor merged into a unit that is."));
            }
        }

        return scope;
    }

    private async Task<AwardLookupScope> CallerScopeAsync(CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return AwardLookupScope.Everything;
        }

        if (user.IsInRole(Roles.Council) || user.IsInRole(Roles.Integration))
        {
            var authority = await access.CallerAuthorityAsync(cancellationToken)
                ?? throw new ForbiddenException(AccessGuard.OutsideAuthority.WithMessage(
                    "Mã thông báo (token) không nêu đơn vị (unit_id) và chưa cấu hình cơ quan quản lý cho ứng dụng này, nên không tra cứu được khen thưởng của đơn vị nào.",
                    "The token names no unit (unit_id) and no authority is configured for this client, so it can look up no unit's awards."));
            return new AwardLookupScope(AwardLookupReach.Authority, authority.Value, PersonalData: user.IsInRole(Roles.Council));
        }

        if (user.IsInRole(Roles.UnitOfficer) && user.UnitId is { } unit)
        {
            return new AwardLookupScope(AwardLookupReach.OwnUnit, unit.Value, PersonalData: true);
        }

        throw new ForbiddenException(AccessGuard.OutsideAuthority.WithMessage(
            "Mã thông báo (token) không nêu đơn vị (unit_id) nên không tra cứu được khen thưởng của đơn vị nào.",
            "The token names no unit (unit_id), so it can look up no unit's awards."));
    }
}
