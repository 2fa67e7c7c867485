using Npgsql;
using NpgsqlTypes;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Infrastructure.Persistence.ScaleOut;

namespace ThiDua.Api.Http;

/// <summary>
/// Replica reads with read-your-writes (ADR 0031), active only when <c>ConnectionStrings:ThiDuaReads</c> is set.
/// A <c>GET</c>/<c>HEAD</c> is routed to the read hosts (<see cref="DatabaseRoute"/>), waiting briefly for the standby to
/// replay the caller's last write or else reading from the primary. Every other method is a write and uses the primary;
/// when its response starts (after its commit), the caller's read fence becomes the primary's WAL position, in the
/// store every instance shares, so the caller's next read, on any instance, sees the write.
/// </summary>
internal sealed partial class ReadRouting(RequestDelegate next, ClientWindowStore store, TimeProvider clock, ILogger<ReadRouting> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var route = context.RequestServices.GetRequiredService<DatabaseRoute>();
        return !route.ReplicaConfigured || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            ? next(context)
            : RouteAsync(context, route);
    }

    private async Task RouteAsync(HttpContext context, DatabaseRoute route)
    {
        var key = context.User.FindFirst(ThiDuaClaims.Subject)?.Value is { } subject ? RateLimiting.SubjectKey(subject) : null;
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var fence = key is null ? null : await FenceAsync(context, key);
            await route.RouteReadAsync(fence, context.RequestAborted);
        }
        else if (key is not null && !HttpMethods.IsOptions(context.Request.Method))
        {
            context.Response.OnStarting(() => MarkWrittenAsync(key));
        }

        await next(context);
    }

    /// <summary>The fence the rate limiter read with the lease it took in this request (ADR 0039), else one primary-key
    /// lookup on the primary: a read served from leased permits must still see a write made through any instance. If the primary cannot
    /// answer, the read goes to the standby without a fence: with the primary down, the standby is all there is.</summary>
    private async Task<NpgsqlLogSequenceNumber?> FenceAsync(HttpContext context, string key)
    {
        if (context.Items.TryGetValue(RateLimiting.FenceItem, out var item) && item is ReadFence read && read.ClientKey == key)
        {
            return read.WrittenLsn;
        }

        try
        {
            return await store.FenceAsync(key, context.RequestAborted);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            LogFenceUnavailable(logger, e);
            return null;
        }
    }

    private async Task MarkWrittenAsync(string key)
    {
        try
        {
            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            await store.MarkWrittenAsync(key, now - (now % 60), CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The write's own answer (often a 503 when the primary is down) matters more than the fence.
            LogMarkFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The caller's read fence could not be read; reading from the read hosts without it")]
    private static partial void LogFenceUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The caller's read fence could not be recorded after a write")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception);
}
