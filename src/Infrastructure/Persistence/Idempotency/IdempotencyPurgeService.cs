using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ThiDua.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Deletes idempotency keys older than 24 hours every <see cref="IdempotencyOptions.PurgeInterval"/> (ADR 0022), so
/// that keys never reused do not pile up. A failed run (e.g. the database briefly unreachable) is logged and the job
/// tries again at the next interval; it never stops the API.
/// </summary>
public sealed partial class IdempotencyPurgeService(
    IdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyPurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var deleted = await store.PurgeExpiredAsync(stoppingToken);
                    if (deleted > 0)
                    {
                        LogPurged(logger, deleted);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired idempotency keys")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired idempotency keys failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
