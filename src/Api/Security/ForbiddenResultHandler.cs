using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Api.ErrorHandling;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.Security;

/// <summary>
/// Explains a 403 from an endpoint policy: a token (a person's or an integration client's) without the scope the operation needs gets
/// <c>auth.insufficient_scope</c> naming that scope; a token with no known role gets <c>auth.role_not_allowed</c>.
/// Everything else is left to the default handler.
/// </summary>
internal sealed class ForbiddenResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Forbidden || Explain(context) is not { } problem)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static ProblemDetails? Explain(HttpContext context)
    {
        var user = context.User;
        var policies = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList() ?? [];
        if (!Roles.All.Any(user.IsInRole))
        {
            return Problem(
                context,
                ProblemCodes.RoleNotAllowed,
                $"Mã thông báo (token) không có vai trò nào mà hệ thống nhận biết ({string.Join(", ", Roles.All)}).",
                $"The token has no role this API knows ({string.Join(", ", Roles.All)}).");
        }

        var granted = user.FindAll(ThiDuaClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        if (granted.Contains(Scopes.Write) || (granted.Contains(Scopes.Read) && !policies.Contains(Policies.Write)))
        {
            // The scope is there: the policy refused for another reason (no subject), which the default handler answers.
            return null;
        }

        var (needed, neededVi) = policies.Contains(Policies.Write)
            ? (Scopes.Write, Scopes.Write)
            : policies.Contains(Policies.Read) ? ($"{Scopes.Read} (or {Scopes.Write})", $"{Scopes.Read} (hoặc {Scopes.Write})") : (null, null);
        return needed is null
            ? null
            : Problem(
                context,
                ProblemCodes.InsufficientScope,
                $"Thao tác này cần phạm vi quyền (scope) {neededVi}; mã thông báo (token) không cấp phạm vi này.",
                $"This operation needs the scope {needed}; the token does not grant it.");
    }

    private static ProblemDetails Problem(HttpContext context, string code, string vi, string en) => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Title = ApiLanguage.Pick(context, ProblemTitles.Forbidden.Vi, ProblemTitles.Forbidden.En),
        Detail = ApiLanguage.Pick(context, vi, en),
        Extensions = { ["code"] = code },
    };
}
