using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Api.Security;
using ThiDua.Infrastructure.Persistence.ScaleOut;

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
/// (<c>POST /api/v1/people/lookup</c>) also counts in a stricter window of its own per token subject, policy
/// <c>"lookup"</c> (<c>RateLimiting:LookupPermitsPerMinute</c>, default 30; 0 turns it off), so that citizen ids cannot be
/// tried in bulk either (issue 15 item 2); its answers name that policy.
/// <para>
/// The windows are shared by every instance (ADR 0031): one upsert per request on a row per client in the primary's
/// UNLOGGED table <c>thidua.client_windows</c> (<see cref="ClientWindowStore"/>), so N instances hold one quota, not N.
/// The same statement returns the client's read fence (<see cref="Http.ReadRouting"/>). If the store fails or does not
/// answer within <see cref="StoreTimeout"/>, the limiter fails open to the per-instance window below (each instance
/// still enforces the quota alone) and skips the store for <see cref="StoreBackoff"/>: an unreachable store must not
/// turn every request away, and a request that needs the database fails on its own with 503.
/// </para>
/// </summary>
internal sealed partial class RateLimiting(
    RequestDelegate next, IConfiguration configuration, IProblemDetailsService problems, TimeProvider clock, ClientWindowStore store, ILogger<RateLimiting> logger)
{
    /// <summary>The longest a request waits for the shared store before counting in process.</summary>
    public static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(2);

    /// <summary>After a store failure, how long the limiter counts in process without asking the store.</summary>
    public static readonly TimeSpan StoreBackoff = TimeSpan.FromSeconds(5);

    /// <summary><see cref="HttpContext.Items"/> key of the caller's read fence, when the limiter read it.</summary>
    public const string FenceItem = "ThiDua.ReadFence";

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
    private long _storeSkippedUntil;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verify = context.Request.Path.StartsWithSegments("/verify", StringComparison.OrdinalIgnoreCase);
        var (policy, permits) = verify ? ("verify", _verifyPermits) : ("default", _defaultPermits);
        var lookup = !verify && _lookupPermits > 0 && context.Request.Path.Equals(LookupPath, StringComparison.OrdinalIgnoreCase);
        if ((permits <= 0 && !lookup) || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % WindowSeconds);
        var reset = (int)(start + WindowSeconds - now);
        var client = verify
            ? "verify-ip:" + context.Connection.RemoteIpAddress
            : context.User.FindFirst(ThiDuaClaims.Subject)?.Value is { } subject ? SubjectKey(subject) : "ip:" + context.Connection.RemoteIpAddress;
        // The lookup's own window is counted first, so that the subject's window (counted last) leaves its read fence.
        var lookupUsed = lookup ? await CountAsync(context, "lookup-" + client, start) : 0;
        var used = permits > 0 ? await CountAsync(context, client, start) : 0;
        if (lookup && (lookupUsed > _lookupPermits || permits <= 0 || used <= permits))
        {
            (policy, permits, used) = ("lookup", _lookupPermits, lookupUsed);
        }

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

    /// <summary>The client key of a token subject: its quota and its read fence (ADR 0031).</summary>
    public static string SubjectKey(string subject) => "sub:" + subject;

    /// <summary>Counts this request in the shared window; when the store fails, in this instance's window.</summary>
    private async Task<int> CountAsync(HttpContext context, string client, long windowStart)
    {
        if (Environment.TickCount64 >= Interlocked.Read(ref _storeSkippedUntil))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(StoreTimeout);
            try
            {
                var window = await store.CountAsync(client, windowStart, timeout.Token);
                context.Items[FenceItem] = new ReadFence(client, window.WrittenLsn);
                return window.Requests;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException
                || (e is OperationCanceledException && !context.RequestAborted.IsCancellationRequested))
            {
                Interlocked.Exchange(ref _storeSkippedUntil, Environment.TickCount64 + (long)StoreBackoff.TotalMilliseconds);
                LogStoreFailed(logger, e);
            }
        }

        return Count(client, windowStart);
    }

    /// <summary>Counts this request in this instance's window and returns the count so far, this one included.</summary>
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared rate-limit store failed; counting in this instance for a few seconds")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);

    private sealed class Window(long start)
    {
        public long Start { get; } = start;

        public int Requests;
    }
}

/// <summary>The read fence of a client key as the rate limiter read it (ADR 0031).</summary>
internal sealed record ReadFence(string ClientKey, NpgsqlLogSequenceNumber? WrittenLsn);
