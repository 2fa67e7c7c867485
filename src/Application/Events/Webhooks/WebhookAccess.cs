using System.Security.Cryptography;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Events.Webhooks;

/// <summary>
/// Who manages which subscriptions (ADR 0025): admins any, including unscoped ones (every event); a council or an
/// integration client those scoped to units at or under its managing authority. Unit officers none.
/// </summary>
public sealed class WebhookAccess(ICurrentUser user, AccessGuard access, IWebhookSubscriptions subscriptions)
{
    public bool IsAdmin => user.IsInRole(Roles.Admin);

    public async Task EnsureMayManageScopeAsync(Guid? authorityUnitId, CancellationToken cancellationToken)
    {
        if (IsAdmin)
        {
            return;
        }

        if (authorityUnitId is not { } unit)
        {
            await EventScope.AuthorityOfCallerAsync(user, access, cancellationToken);
            throw new ForbiddenException(AccessGuard.OutsideAuthority.WithMessage(
                "Chỉ quản trị viên mới đăng ký nhận sự kiện của mọi đơn vị; hãy nêu authorityUnitId.",
                "Only an administrator subscribes to every unit's events; give authorityUnitId."));
        }

        await EventScope.AuthorityOfCallerAsync(user, access, cancellationToken);
        await access.EnsureCanManageAsync(new UnitId(unit), cancellationToken);
    }

    /// <summary>The subscription, if it exists and the caller manages its scope (404, 403 otherwise).</summary>
    public async Task<WebhookSubscriptionDto> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(id, cancellationToken)
            ?? throw new NotFoundException(WebhookErrors.SubscriptionNotFound);
        await EnsureMayManageScopeAsync(subscription.AuthorityUnitId, cancellationToken);
        return subscription;
    }

    /// <summary>32 random bytes, base64url, with a recognisable prefix.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
