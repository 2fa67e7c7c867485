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
/// The windows are shared by every instance (ADR 0031), and cheap (ADR 0039): the budget of a client's window lives in
/// a row of the primary's UNLOGGED table <c>thidua.client_windows</c> (<see cref="ClientWindowStore"/>), and an instance
/// leases a slice of it in one statement (<see cref="PermitLeases"/>: a quarter of what is left, at most a sixteenth of
/// the quota or 64, one permit near the end), then serves that many requests from memory. The instances together never
/// admit more than the quota; the price is that permits another instance leased and did not use are lost to the
/// client until the window turns. Once the store has answered that nothing is left, the instance refuses the client
/// without asking again until the window turns. <c>r</c> in <c>RateLimit</c> is what this instance knows: the permits
/// no instance held at its last lease plus those it still holds (exact with one instance). A lease also returns the
/// client's read fence (<see cref="Http.ReadRouting"/>), which a replica read uses when the same request leased; other
/// reads look the fence up. If the store fails or does not answer within <see cref="StoreTimeout"/>, the limiter fails
/// open to the per-instance window below (each instance still enforces the quota alone) and skips the store for
/// <see cref="StoreBackoff"/>: an unreachable store must not turn every request away, and a request that needs the
/// database fails on its own with 503.
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
    private const int MaxClientsKept = 10_000;

    private readonly int _defaultPermits = configuration.GetValue("RateLimiting:PermitsPerMinute", DefaultPermitsPerMinute);
    private readonly int _verifyPermits = configuration.GetValue("RateLimiting:VerifyPermitsPerMinute", DefaultVerifyPermitsPerMinute);
    private readonly int _lookupPermits = configuration.GetValue("RateLimiting:LookupPermitsPerMinute", DefaultLookupPermitsPerMinute);
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LeasedPermits> _leased = new(StringComparer.Ordinal);
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
        // The lookup's own window is taken from first, so that the subject's window (taken from last) leaves its read fence.
        var lookupDecision = lookup ? await TakeAsync(context, "lookup-" + client, start, _lookupPermits) : default;
        var decision = permits > 0 ? await TakeAsync(context, client, start, permits) : default;
        if (lookup && (!lookupDecision.Admitted || permits <= 0 || decision.Admitted))
        {
            (policy, permits, decision) = ("lookup", _lookupPermits, lookupDecision);
        }

        var headers = context.Response.Headers;
        headers[PolicyHeader] = $"\"{policy}\";q={permits};w={WindowSeconds}";
        headers[StatusHeader] = $"\"{policy}\";r={decision.Remaining};t={reset}";
        if (decision.Admitted)
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

    /// <summary>
    /// Takes one permit of <paramref name="client"/>'s window for this request: from the permits this instance leased,
    /// else from a new lease (one statement; concurrent requests of the client wait for it rather than lease too), else
    /// none when the store said the budget is spent. When the store fails, counts in this instance's window instead.
    /// </summary>
    private async ValueTask<Decision> TakeAsync(HttpContext context, string client, long windowStart, int limit)
    {
        var leased = Leased(client, windowStart);
        while (true)
        {
            if (leased.TryTake(out var held))
            {
                return new Decision(true, leased.Unleased + held);
            }

            if (leased.Spent)
            {
                return new Decision(false, 0);
            }

            if (Environment.TickCount64 < Interlocked.Read(ref _storeSkippedUntil))
            {
                return CountHere(client, windowStart, limit);
            }

            TaskCompletionSource? mine = null;
            Task? other;
            lock (leased)
            {
                other = leased.Leasing;
                if (other is null)
                {
                    mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    leased.Leasing = mine.Task;
                }
            }

            if (other is not null)
            {
                await other.WaitAsync(context.RequestAborted); // bounded by the leasing request's StoreTimeout
                continue;
            }

            try
            {
                if (leased.TryTake(out held))
                {
                    return new Decision(true, leased.Unleased + held); // a lease that ended as this one began: no second slice
                }

                if (leased.Spent)
                {
                    return new Decision(false, 0);
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                timeout.CancelAfter(StoreTimeout);
                var lease = await store.LeaseAsync(client, windowStart, limit, timeout.Token);
                context.Items[FenceItem] = new ReadFence(client, lease.WrittenLsn);
                leased.Unleased = lease.Remaining;
                if (lease.Granted <= 0)
                {
                    leased.Spent = true;
                    return new Decision(false, 0);
                }

                return new Decision(true, lease.Remaining + leased.Add(lease.Granted - 1));
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException
                || (e is OperationCanceledException && !context.RequestAborted.IsCancellationRequested))
            {
                Interlocked.Exchange(ref _storeSkippedUntil, Environment.TickCount64 + (long)StoreBackoff.TotalMilliseconds);
                LogStoreFailed(logger, e);
                return CountHere(client, windowStart, limit);
            }
            finally
            {
                lock (leased)
                {
                    leased.Leasing = null;
                }

                mine!.SetResult();
            }
        }
    }

    /// <summary>This instance's leased permits of <paramref name="client"/> for the window starting at
    /// <paramref name="windowStart"/> (or a newer one, for a request that read the clock just before it turned); the
    /// permits of an older window are dropped: the shared row starts the new window from none handed out.</summary>
    private LeasedPermits Leased(string client, long windowStart)
    {
        while (true)
        {
            var leased = _leased.GetOrAdd(client, static (_, start) => new LeasedPermits(start), windowStart);
            if (leased.Start >= windowStart)
            {
                return leased;
            }

            if (_leased.TryUpdate(client, new LeasedPermits(windowStart), leased) && _leased.Count > MaxClientsKept)
            {
                foreach (var stale in _leased.Where(w => w.Value.Start < windowStart).Select(w => w.Key).ToList())
                {
                    _leased.TryRemove(stale, out _);
                }
            }
        }
    }

    /// <summary>Fail-open counting while the store is unavailable: this instance's own window.</summary>
    private Decision CountHere(string client, long windowStart, int limit)
    {
        var used = Count(client, windowStart);
        return new Decision(used <= limit, Math.Max(0, limit - used));
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
                if (_windows.Count > MaxClientsKept)
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

    /// <summary>Whether a request may go on, and what the client has left as far as this instance knows.</summary>
    private readonly record struct Decision(bool Admitted, int Remaining);

    /// <summary>The permits of one client's window that this instance leased from the shared row (ADR 0039).</summary>
    private sealed class LeasedPermits(long start)
    {
        private int _held;

        public long Start { get; } = start;

        /// <summary>Permits no instance held after this instance's last lease.</summary>
        public volatile int Unleased;

        /// <summary>The store granted nothing: the window's budget is spent, until the window turns.</summary>
        public volatile bool Spent;

        /// <summary>The lease under way, that concurrent requests of the client wait for (guarded by this object).</summary>
        public Task? Leasing;

        /// <summary>Takes one held permit, if any; <paramref name="held"/> is what is held after it.</summary>
        public bool TryTake(out int held)
        {
            var current = Volatile.Read(ref _held);
            while (current > 0)
            {
                var seen = Interlocked.CompareExchange(ref _held, current - 1, current);
                if (seen == current)
                {
                    held = current - 1;
                    return true;
                }

                current = seen;
            }

            held = 0;
            return false;
        }

        /// <summary>Adds leased permits; returns what is held after.</summary>
        public int Add(int permits) => Interlocked.Add(ref _held, permits);
    }
}

/// <summary>The read fence of a client key as the rate limiter read it (ADR 0031).</summary>
internal sealed record ReadFence(string ClientKey, NpgsqlLogSequenceNumber? WrittenLsn);
