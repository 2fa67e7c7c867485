using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace ThiDua.Api.Security;

/// <summary>
/// How bearer tokens are checked beyond the defaults (issue 15 item 6, ADR 0005 amendment): no reason in
/// <c>WWW-Authenticate</c> outside Development (an attacker learns nothing from a refused token), a clock skew of at most
/// 30 seconds (<c>Authentication:ClockSkewSeconds</c>, default 30; the framework's default is 5 minutes), and, when an
/// OIDC provider is configured (<c>Authority</c>), only asymmetric signatures from its published keys (JWKS): an HS256
/// token "signed" with the provider's public key is refused (algorithm confusion).
/// </summary>
public static class TokenValidation
{
    public const int MaxClockSkewSeconds = 30;

    /// <summary>The signature algorithms accepted from an OIDC provider's published keys.</summary>
    public static readonly IReadOnlyList<string> AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static void Harden(JwtBearerOptions options, IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        options.IncludeErrorDetails = environment.IsDevelopment();

        var skew = configuration.GetValue("Authentication:ClockSkewSeconds", MaxClockSkewSeconds);
        if (skew is < 0 or > MaxClockSkewSeconds)
        {
            throw new InvalidOperationException(
                $"Authentication:ClockSkewSeconds is {skew}; it must be between 0 and {MaxClockSkewSeconds} seconds.");
        }

        options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(skew);
        if (!string.IsNullOrEmpty(options.Authority) || !string.IsNullOrEmpty(options.MetadataAddress))
        {
            options.TokenValidationParameters.ValidAlgorithms = AsymmetricAlgorithms;
        }
    }
}
