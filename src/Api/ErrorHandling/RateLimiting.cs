using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Api.Security;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// Per-client rate limit (api-guidelines.md, Limits): a fixed window per token subject, or per IP address for
/// anonymous calls. Over the limit: 429 problem <c>request.rate_limited</c> with <c>Retry-After</c>.
/// <c>RateLimiting:PermitsPerMinute</c> sets the limit; 0 turns it off.
/// </summary>
internal static class RateLimiting
{
    public const int DefaultPermitsPerMinute = 600;

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitsPerMinute", DefaultPermitsPerMinute);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (permits <= 0)
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }

                var client = context.User.FindFirst(ThiDuaClaims.Subject)?.Value is { } subject
                    ? "sub:" + subject
                    : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"The rate limit of {permits} requests a minute was reached; retry after {seconds} s.",
                        Extensions = { ["code"] = ProblemCodes.RateLimited },
                    },
                });
            };
        });
        return services;
    }
}
