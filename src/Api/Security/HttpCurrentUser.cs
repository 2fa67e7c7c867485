using System.Security.Claims;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Units;

namespace ThiDua.Api.Security;

/// <summary>The caller of the current HTTP request, read from its validated bearer token.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string Subject => Principal.FindFirstValue(ThiDuaClaims.Subject) ?? "anonymous";

    public string? DisplayName => Principal.FindFirstValue(ThiDuaClaims.Name);

    public UnitId? UnitId =>
        Guid.TryParse(Principal.FindFirstValue(ThiDuaClaims.UnitId), out var id) ? new UnitId(id) : null;

    public bool IsInRole(string role) => Principal.IsInRole(role);
}
