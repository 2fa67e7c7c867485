using Microsoft.AspNetCore.Authorization;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.Security;

/// <summary>
/// Endpoint policies. A known role is required, and the matching scope limits every token, a person's as a machine
/// client's (issue 15 item 4): reading needs <c>thidua.read</c> or <c>thidua.write</c>, writing <c>thidua.write</c>.
/// Which unit a caller may act on is decided in the use case (<see cref="AccessGuard"/>).
/// </summary>
public static class Policies
{
    public const string Read = "thidua.read";
    public const string Write = "thidua.write";
    public const string Audit = "thidua.audit";

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(ThiDuaClaims.Subject).Build();
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireClaim(ThiDuaClaims.Subject).RequireAssertion(c => Allows(c, Scopes.Read, Scopes.Write)));
        options.AddPolicy(Write, p => p.RequireAuthenticatedUser().RequireClaim(ThiDuaClaims.Subject).RequireAssertion(c => Allows(c, Scopes.Write)));
        options.AddPolicy(Audit, p => p.RequireAuthenticatedUser().RequireClaim(ThiDuaClaims.Subject).RequireRole(Roles.Admin, Roles.Council));
    }

    private static bool Allows(AuthorizationHandlerContext context, params string[] scopes)
    {
        var user = context.User;
        if (!Roles.All.Any(user.IsInRole))
        {
            return false;
        }

        var granted = user.FindAll(ThiDuaClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return granted.Intersect(scopes, StringComparer.Ordinal).Any();
    }
}
