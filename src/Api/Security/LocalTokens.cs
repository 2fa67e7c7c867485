using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ThiDua.Api.Security;

/// <summary>
/// Mints bearer tokens signed with a locally configured symmetric key (<c>Authentication:Schemes:Bearer:SigningKeys</c>),
/// for local use (<c>mint-token</c>) and tests. Production validates tokens of a real OIDC provider instead.
/// </summary>
public static class LocalTokens
{
    /// <summary>
    /// What a person's token minted without <c>--scope</c> grants: read and write, as the Sở's identity provider
    /// issues a staff member's token. Scopes limit every token (ADR 0005 amendment); an integration client gets only
    /// the scopes asked for.
    /// </summary>
    public static readonly IReadOnlyList<string> PersonDefaultScopes = [Application.Common.Security.Scopes.Read, Application.Common.Security.Scopes.Write];

    public sealed record Request(
        string Subject,
        string Name,
        IReadOnlyList<string> Roles,
        Guid? UnitId,
        IReadOnlyList<string> Scopes,
        TimeSpan Lifetime);

    public static string Create(string issuer, string audience, byte[] signingKey, Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claims = new List<Claim> { new(ThiDuaClaims.Name, request.Name) };
        if (!string.IsNullOrEmpty(request.Subject))
        {
            claims.Add(new Claim(ThiDuaClaims.Subject, request.Subject));
        }

        claims.AddRange(request.Roles.Select(r => new Claim(ThiDuaClaims.Role, r)));
        if (request.UnitId is { } unitId)
        {
            claims.Add(new Claim(ThiDuaClaims.UnitId, unitId.ToString()));
        }

        var scopes = request.Scopes.Count > 0 || request.Roles.All(r => r == Application.Common.Security.Roles.Integration)
            ? request.Scopes
            : PersonDefaultScopes;
        if (scopes.Count > 0)
        {
            claims.Add(new Claim(ThiDuaClaims.Scope, string.Join(' ', scopes)));
        }

        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now,
            Expires = now.Add(request.Lifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
