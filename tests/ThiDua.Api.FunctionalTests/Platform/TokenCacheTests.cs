using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The validated-token cache (ADR 0035) saves the validation of a token already seen, and never accepts what a full
/// validation would refuse: a token past its expiry, a token whose signature or claims differ by one character, a token
/// refused once, a token whose signing key has been withdrawn. Each request gets its own copy of the identity.
/// </summary>
public sealed class TokenCacheTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string Issuer = "cache-test";
    private const string Audience = "thidua-api";
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32)) { KeyId = "k1" };
    private readonly TestClock _clock = new() { Now = Start };

    [Fact]
    public async Task ATokenSeenBefore_IsServedFromTheCache_WithItsOwnCopyOfTheIdentity()
    {
        var handler = new CachingTokenHandler(_clock) { MapInboundClaims = false };
        var token = Token(_key, expires: Start.AddHours(1));

        var first = await handler.ValidateTokenAsync(token, Parameters(_key));
        var second = await handler.ValidateTokenAsync(token, Parameters(_key));

        first.IsValid.ShouldBeTrue(first.Exception?.ToString());
        second.IsValid.ShouldBeTrue();
        handler.Count.ShouldBe(1);
        handler.Hits.ShouldBe(1);
        second.ClaimsIdentity.FindFirst(ThiDuaClaims.Subject)!.Value.ShouldBe("cache-user");
        second.ClaimsIdentity.ShouldNotBeSameAs(first.ClaimsIdentity);
        second.ClaimsIdentity.AddClaim(new Claim("added", "by one request"));
        (await handler.ValidateTokenAsync(token, Parameters(_key))).ClaimsIdentity.FindFirst("added").ShouldBeNull();
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public async Task ACachedToken_IsNeverAcceptedAtOrAfterItsExpiry(int secondsFromExpiry, bool accepted)
    {
        var handler = new CachingTokenHandler(_clock) { MapInboundClaims = false };
        var expires = Start.AddMinutes(2);
        var token = Token(_key, expires);
        (await handler.ValidateTokenAsync(token, Parameters(_key))).IsValid.ShouldBeTrue();

        _clock.Now = expires.AddSeconds(secondsFromExpiry);
        var again = await handler.ValidateTokenAsync(token, Parameters(_key));

        again.IsValid.ShouldBe(accepted);
        if (!accepted)
        {
            again.Exception.ShouldBeOfType<SecurityTokenExpiredException>();
            handler.Count.ShouldBe(0);
        }
    }

    [Fact]
    public async Task ACachedValidation_IsNotReusedBeyondFiveMinutes_EvenForALongerToken()
    {
        var handler = new CachingTokenHandler(_clock) { MapInboundClaims = false };
        var token = Token(_key, Start.AddHours(8));
        (await handler.ValidateTokenAsync(token, Parameters(_key))).IsValid.ShouldBeTrue();

        // Past the entry's lifetime the token is validated in full again: a parameter that changed meanwhile applies.
        _clock.Now = Start + CachingTokenHandler.MaxEntryLifetime;
        var parameters = Parameters(_key);
        parameters.ValidAudience = "another-api";
        (await handler.ValidateTokenAsync(token, parameters)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task ATokenWithAnotherSignature_IsRefused_WhileTheGenuineOneIsCached()
    {
        var handler = new CachingTokenHandler(_clock) { MapInboundClaims = false };
        var token = Token(_key, Start.AddHours(1));
        (await handler.ValidateTokenAsync(token, Parameters(_key))).IsValid.ShouldBeTrue();

        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}.{Flip(parts[2])}";
        var forged = Token(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "k1" }, Start.AddHours(1));
        var otherClaims = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sub\":\"admin\",\"role\":\"admin\"}")).TrimEnd('=')}.{parts[2]}";

        foreach (var refused in new[] { tampered, forged, otherClaims })
        {
            (await handler.ValidateTokenAsync(refused, Parameters(_key))).IsValid.ShouldBeFalse(refused);
            (await handler.ValidateTokenAsync(refused, Parameters(_key))).IsValid.ShouldBeFalse("a refused token is not cached");
        }

        handler.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ACachedToken_IsRefused_OnceItsSigningKeyIsWithdrawn()
    {
        var handler = new CachingTokenHandler(_clock) { MapInboundClaims = false };
        var token = Token(_key, Start.AddHours(1));
        (await handler.ValidateTokenAsync(token, Parameters(_key))).IsValid.ShouldBeTrue();

        var rotated = Parameters(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "k2" });

        (await handler.ValidateTokenAsync(token, rotated)).IsValid.ShouldBeFalse();
        handler.Count.ShouldBe(0);
    }

    [Fact]
    public async Task TheApi_UsesTheCachingHandler_AndStillRefusesATamperedToken()
    {
        var options = Factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var handler = options.TokenHandlers.ShouldHaveSingleItem().ShouldBeOfType<CachingTokenHandler>();
        handler.MapInboundClaims.ShouldBeFalse();

        var token = Token(Roles.Admin);
        var hits = handler.Hits;
        for (var i = 0; i < 3; i++)
        {
            (await ClientWithToken(token).GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // The configured keys are the same objects on every request: the second and third validations are cache hits.
        (handler.Hits - hits).ShouldBeGreaterThanOrEqualTo(2);

        var parts = token.Split('.');
        var response = await ClientWithToken($"{parts[0]}.{parts[1]}.{Flip(parts[2])}").GetAsync("/api/v1/units", Ct);
        await ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized, FrameworkErrors.Unauthenticated.Code);
    }

    private static string Flip(string signature) =>
        (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

    /// <summary>The full validation's lifetime check reads the test clock too (the framework's reads the real one).</summary>
    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        ClockSkew = TimeSpan.Zero,
        NameClaimType = ThiDuaClaims.Name,
        RoleClaimType = ThiDuaClaims.Role,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            if (expires is null || expires <= now)
            {
                throw new SecurityTokenExpiredException("expired") { Expires = expires ?? DateTime.MinValue };
            }

            return notBefore is null || notBefore <= now;
        },
    };

    private static string Token(SecurityKey key, DateTimeOffset expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim(ThiDuaClaims.Subject, "cache-user"), new Claim(ThiDuaClaims.Role, Roles.Admin)]),
            NotBefore = Start.AddMinutes(-1).UtcDateTime,
            IssuedAt = Start.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
}
