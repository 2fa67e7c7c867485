using Microsoft.AspNetCore.Cors.Infrastructure;

namespace ThiDua.Api.Http;

/// <summary>
/// Cross-origin access for browser apps (api-guidelines.md): the origins come from <c>Cors:AllowedOrigins</c>, empty by
/// default (no browser origin is allowed in Production until configured). Tokens travel in the Authorization header,
/// never in cookies, so credentials are never allowed, and a <c>*</c> entry allows any origin without them. Preflight
/// requests are answered before authentication.
/// </summary>
public static class CorsSetup
{
    public const string Section = "Cors:AllowedOrigins";

    /// <summary>The request headers a browser app may send: auth, content, concurrency, idempotency and language.</summary>
    public static readonly string[] AllowedHeaders = ["Authorization", "Content-Type", "Accept", "Accept-Language", "If-Match", "If-None-Match", "Idempotency-Key"];

    /// <summary>The response headers a browser app may read.</summary>
    public static readonly string[] ExposedHeaders = ["ETag", "Location", "Retry-After", "Idempotent-Replayed", "RateLimit", "RateLimit-Policy", "api-supported-versions"];

    public static IServiceCollection AddConfiguredCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(Section).Get<string[]>() ?? [];
        return services.AddCors(options => options.AddDefaultPolicy(policy => Configure(policy, origins)));
    }

    private static void Configure(CorsPolicyBuilder policy, IReadOnlyCollection<string> origins)
    {
        if (origins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins([.. origins]);
        }

        policy.WithMethods("GET", "POST", "PUT", "DELETE")
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .DisallowCredentials()
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }
}
