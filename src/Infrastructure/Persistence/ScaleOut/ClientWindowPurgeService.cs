using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ThiDua.Infrastructure.Persistence.ScaleOut;

/// <summary>
/// Deletes the shared rate-limit rows (<c>thidua.client_windows</c>) of windows that ended more than an hour ago, every
/// ten minutes, so that clients seen once do not pile up (ADR 0031). A failed run is logged and tried again at the next
/// interval; it never stops the API.
/// </summary>
public sealed partial class ClientWindowPurgeService(ClientWindowStore store, TimeProvider clock, ILogger<ClientWindowPurgeService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await store.PurgeAsync((clock.GetUtcNow() - KeptFor).ToUnixTimeSeconds(), stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging old rate-limit windows failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
