using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Platform;

public sealed class AuthenticationTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Theory]
    [InlineData("/api/v1/units")]
    [InlineData("/api/v1/clusters")]
    [InlineData("/api/v1/audit")]
    public async Task Get_Returns401_WithoutToken(string path)
    {
        var response = await Anonymous().GetAsync(path, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized, FrameworkErrors.Unauthenticated.Code);
    }

    [Fact]
    public async Task Get_Returns401_WhenTokenIsSignedWithAnotherKey()
    {
        var client = ClientWithToken(Token(Roles.Admin, key: RandomNumberGenerator.GetBytes(32)));

        var response = await client.GetAsync("/api/v1/units", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized, FrameworkErrors.Unauthenticated.Code);
    }

    [Fact]
    public async Task Get_Returns401_WhenTokenExpired()
    {
        var client = ClientWithToken(Token(Roles.Admin, lifetime: TimeSpan.FromMinutes(-10)));

        var response = await client.GetAsync("/api/v1/units", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized, FrameworkErrors.Unauthenticated.Code);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Council)]
    [InlineData(Roles.UnitOfficer)]
    public async Task APersonsReadOnlyToken_Reads_ButCannotWrite(string role)
    {
        var authority = await Admin.CreateUnitAsync($"SYT-RO-{role}", kind: "department");
        var reader = ClientFor(role, authority.Id, Scopes.Read);

        (await reader.GetAsync($"/api/v1/units/{authority.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var write = await reader.PostAsJsonAsync("/api/v1/units", new { code = $"X-{role}", name = "X", kind = "other", parentId = authority.Id, province = "Hà Nội" }, Json, Ct);

        (await ShouldBeProblemAsync(write, HttpStatusCode.Forbidden, FrameworkErrors.InsufficientScope.Code)).GetProperty("detail").GetString()
            .ShouldBe("This operation needs the scope thidua.write; the token does not grant it.");
    }

    [Fact]
    public async Task APersonsTokenWithoutScopes_IsRefused_AndWriteImpliesRead()
    {
        var unscoped = ClientWithToken(new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = ThiDuaApiFactory.Issuer,
            Audience = ThiDuaApiFactory.Audience,
            Subject = new System.Security.Claims.ClaimsIdentity([new("sub", "no-scope-admin"), new("name", "No scope"), new("role", Roles.Admin)]),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Factory.SigningKey), Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        }));
        var writer = ClientFor(Roles.Admin, null, Scopes.Write);

        await ShouldBeProblemAsync(await unscoped.GetAsync("/api/v1/units", Ct), HttpStatusCode.Forbidden, FrameworkErrors.InsufficientScope.Code);
        (await writer.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_Returns403_WhenRoleIsUnknown()
    {
        var response = await ClientFor("visitor").GetAsync("/api/v1/units", Ct);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        problem.GetProperty("detail").GetString().ShouldBe("The token has no role this API knows (admin, council, unit-officer, integration).");
    }

    [Fact]
    public async Task Integration_NeedsReadScopeToRead_AndWriteScopeToWrite()
    {
        var noScope = await ClientFor(Roles.Integration).GetAsync("/api/v1/units", Ct);
        var problem = await ShouldBeProblemAsync(noScope, HttpStatusCode.Forbidden, FrameworkErrors.InsufficientScope.Code);
        problem.GetProperty("detail").GetString().ShouldBe("This operation needs the scope thidua.read (or thidua.write); the token does not grant it.");

        var reader = ClientFor(Roles.Integration, null, Scopes.Read);
        (await reader.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var write = await reader.PostAsJsonAsync("/api/v1/units", new { code = "X1", name = "X", kind = "other", province = "Hà Nội" }, Json, Ct);
        (await ShouldBeProblemAsync(write, HttpStatusCode.Forbidden, FrameworkErrors.InsufficientScope.Code)).GetProperty("detail").GetString()
            .ShouldBe("This operation needs the scope thidua.write; the token does not grant it.");
    }

    [Fact]
    public async Task Audit_Returns403_ForUnitOfficer()
    {
        var response = await ClientFor(Roles.UnitOfficer, Guid.NewGuid()).GetAsync("/api/v1/audit", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, FrameworkErrors.Forbidden.Code);
    }
}
