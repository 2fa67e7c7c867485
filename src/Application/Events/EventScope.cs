using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application.Events;

/// <summary>Who may read events and manage webhook subscriptions, and for which authority (ADR 0025).</summary>
public static class EventScope
{
    /// <summary>
    /// The authority of a council or integration client, whose events it may read or subscribe to. Unit officers are
    /// refused (403 <c>auth.role_not_allowed</c>); a caller naming no authority too (403 <c>auth.outside_authority</c>).
    /// </summary>
    public static async Task<Guid> AuthorityOfCallerAsync(ICurrentUser user, AccessGuard access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(access);
        if (!user.IsInRole(Roles.Council) && !user.IsInRole(Roles.Integration))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed.WithMessage(
                "Chỉ quản trị viên, Hội đồng Thi đua – Khen thưởng hoặc ứng dụng tích hợp của cơ quan quản lý mới nhận sự kiện tích hợp.",
                "Only an administrator, a council or an authority's integration client receives integration events."));
        }

        return await access.CallerAuthorityAsync(cancellationToken) is { } authority
            ? authority.Value
            : throw new ForbiddenException(AccessGuard.OutsideAuthority.WithMessage(
                "Mã thông báo (token) không nêu đơn vị (unit_id) và chưa cấu hình cơ quan quản lý cho ứng dụng này, nên không nhận sự kiện của đơn vị nào.",
                "The token names no unit (unit_id) and no authority is configured for this client, so it receives no unit's events."));
    }
}
