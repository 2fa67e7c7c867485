using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Api.Security;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// Per-client rate limit (api-guidelines.md, Limits): a fixed one-minute window, aligned to the clock's minutes, per
/// token subject, or per IP address for anonymous calls. Every limited response says where the client stands, in the
/// IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): <c>RateLimit-Policy: "default";q=600;w=60</c>
/// and <c>RateLimit: "default";r=599;t=42</c> (remaining requests, seconds until the window resets). Over the limit:
/// 429 problem <c>request.rate_limited</c> with <c>Retry-After</c>. <c>RateLimiting:PermitsPerMinute</c> sets the
/// limit; 0 turns it off. Health probes are never limited. The public certificate verification (<c>/verify/…</c>, ADR 0027)
/// has its own, stricter quota per client address, policy <c>"verify"</c> (<c>RateLimiting:VerifyPermitsPerMinute</c>,
/// default 30; 0 turns it off), so that tokens cannot be tried in bulk. The citizen-id lookup
/// (<c>POST /api/v1/people/lookup</c>) has one per token subject, policy <c>"lookup"</c>
/// (<c>RateLimiting:LookupPermitsPerMinute</c>, default 30; 0 turns it off), so that citizen ids cannot be tried in bulk
/// either (issue 15 item 2).
/// </summary>
internal sealed class RateLimiting(RequestDelegate next, IConfiguration configuration, IProblemDetailsService problems, TimeProvider clock)
{
    public const int DefaultPermitsPerMinute = 600;
    public const int DefaultVerifyPermitsPerMinute = 30;
    public const int DefaultLookupPermitsPerMinute = 30;
    public const string LookupPath = "/api/v1/people/lookup";
    public const string PolicyHeader = "RateLimit-Policy";
    public const string StatusHeader = "RateLimit";
    private const int WindowSeconds = 60;

    private readonly int _defaultPermits = configuration.GetValue("RateLimiting:PermitsPerMinute", DefaultPermitsPerMinute);
    private readonly int _verifyPermits = configuration.GetValue("RateLimiting:VerifyPermitsPerMinute", DefaultVerifyPermitsPerMinute);
    private readonly int _lookupPermits = configuration.GetValue("RateLimiting:LookupPermitsPerMinute", DefaultLookupPermitsPerMinute);
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verify = context.Request.Path.StartsWithSegments("/verify", StringComparison.OrdinalIgnoreCase);
        var lookup = !verify && context.Request.Path.Equals(LookupPath, StringComparison.OrdinalIgnoreCase);
        var (policy, permits) = verify ? ("verify", _verifyPermits) : lookup ? ("lookup", _lookupPermits) : ("default", _defaultPermits);
        if (permits <= 0 || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % WindowSeconds);
        var reset = (int)(start + WindowSeconds - now);
        var client = verify
            ? "verify-ip:" + context.Connection.RemoteIpAddress
            : (lookup ? "lookup-" : string.Empty) + (context.User.FindFirst(ThiDuaClaims.Subject)?.Value is { } subject ? "sub:" + subject : "ip:" + context.Connection.RemoteIpAddress);
        var used = Count(client, start);
        var remaining = Math.Max(0, permits - used);
        var headers = context.Response.Headers;
        headers[PolicyHeader] = $"\"{policy}\";q={permits};w={WindowSeconds}";
        headers[StatusHeader] = $"\"{policy}\";r={remaining};t={reset}";
        if (used <= permits)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        headers.RetryAfter = reset.ToString(CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                Title = ApiLanguage.Pick(context, ProblemTitles.TooManyRequests.Vi, ProblemTitles.TooManyRequests.En),
                Detail = ApiLanguage.Pick(
                    context,
                    $"Đã đạt giới hạn {permits} yêu cầu mỗi phút; vui lòng thử lại sau {reset} giây.",
                    $"The rate limit of {permits} requests a minute was reached; retry after {reset} s."),
                Extensions = { ["code"] = ProblemCodes.RateLimited },
            },
        });
    }

    /// <summary>Counts this request in the client's current window and returns the count so far, this one included.</summary>
    private int Count(string client, long windowStart)
    {
        while (true)
        {
            var window = _windows.GetOrAdd(client, _ => new Window(windowStart));
            if (window.Start == windowStart)
            {
                return Interlocked.Increment(ref window.Requests);
            }

            if (window.Start < windowStart)
            {
                _windows.TryUpdate(client, new Window(windowStart), window);
                if (_windows.Count > 10_000)
                {
                    foreach (var stale in _windows.Where(w => w.Value.Start < windowStart).Select(w => w.Key).ToList())
                    {
                        _windows.TryRemove(stale, out _);
                    }
                }

                continue;
            }

            return 1; // a request that read the clock just before a window turned: count it in the new one
        }
    }

    private sealed class Window(long start)
    {
        public long Start { get; } = start;

        public int Requests;
    }
}
