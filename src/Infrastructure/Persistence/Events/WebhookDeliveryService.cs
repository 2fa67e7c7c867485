using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDua.Application.Events.Webhooks;

namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>
/// Sends pending webhook deliveries (ADR 0025). Each round claims due deliveries with <c>FOR UPDATE SKIP LOCKED</c> and
/// moves their due time past the request timeout (a lease) in one statement, so several API instances never claim the
/// same delivery; a worker that dies mid-send leaves the delivery to be retried when its lease ends (at least once).
/// A 2xx answer delivers; anything else (status, timeout, connection error) is logged and retried after
/// <c>random(0, min(base·2^(n-1), cap))</c> (full jitter) until <see cref="WebhookOptions.MaxAttempts"/>, then dead.
/// Scheduling uses the database clock, shared by all instances.
/// </summary>
public sealed partial class WebhookDeliveryService(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    WebhookOptions options,
    WebhookSecretProtector protector,
    TimeProvider clock,
    ILogger<WebhookDeliveryService> logger)
    : BackgroundService
{
    public const string HttpClientName = "webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.DeliveryEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and sends one batch of due deliveries; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        var lease = options.RequestTimeout + TimeSpan.FromSeconds(30);
        var claimed = await db.WebhookDeliveries.FromSql($"""
            UPDATE thidua.webhook_deliveries d
            SET next_attempt_at = clock_timestamp() + {lease}
            WHERE d.id IN (
                SELECT id FROM thidua.webhook_deliveries
                WHERE status = 'pending' AND next_attempt_at <= clock_timestamp()
                ORDER BY next_attempt_at
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING d.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var delivery in claimed)
        {
            await SendAsync(db, delivery, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task SendAsync(ThiDuaDbContext db, WebhookDeliveryRecord delivery, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        var record = await db.IntegrationEvents.AsNoTracking().SingleAsync(e => e.Sequence == delivery.EventSequence, cancellationToken);
        var body = JsonSerializer.Serialize(EventFeedQueries.Envelope(record), JsonSerializerOptions.Web);
        var now = clock.GetUtcNow();
        string[] secrets = subscription.PreviousSecret is { } previous && subscription.PreviousSecretExpiresAt > now
            ? [protector.Unprotect(subscription.Secret, subscription.Id), protector.Unprotect(previous, subscription.Id)]
            : [protector.Unprotect(subscription.Secret, subscription.Id)];

        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/cloudevents+json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Create(now, body, secrets));
        request.Headers.Add("ThiDua-Event-Id", record.Id.ToString());
        request.Headers.Add("ThiDua-Event-Type", record.Type);
        request.Headers.Add("ThiDua-Delivery-Id", delivery.Id.ToString());

        int? status = null;
        string? error = null;
        var watch = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.RequestTimeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"HTTP {status}";
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"timed out after {options.RequestTimeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }

        var duration = (int)watch.ElapsedMilliseconds;
        var attempt = delivery.Attempts + 1;
        var delivered = error is null;
        var dead = !delivered && attempt >= options.MaxAttempts;
        var retryIn = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(
            options.BackoffBase.TotalMilliseconds * Math.Pow(2, attempt - 1), options.BackoffCap.TotalMilliseconds));
        var newStatus = delivered ? WebhookDeliveryRecord.Succeeded : dead ? WebhookDeliveryRecord.Dead : WebhookDeliveryRecord.Pending;
        var truncated = error is { Length: > 1000 } ? error[..1000] : error;
        await db.Database.ExecuteSqlAsync(
            $"""
            WITH a AS (
                INSERT INTO thidua.webhook_delivery_attempts (delivery_id, attempt, attempted_at, status_code, duration_ms, error)
                VALUES ({delivery.Id}, {attempt}, {now}, {status}, {duration}, {truncated})
            )
            UPDATE thidua.webhook_deliveries
            SET attempts = {attempt}, status = {newStatus}, last_status_code = {status}, last_error = {truncated},
                next_attempt_at = clock_timestamp() + {retryIn},
                completed_at = CASE WHEN {newStatus} = 'pending' THEN NULL ELSE {now} END
            WHERE id = {delivery.Id}
            """,
            cancellationToken);
        if (dead)
        {
            LogDead(logger, delivery.Id, subscription.Id, attempt);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery round failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to subscription {SubscriptionId} is dead after {Attempts} attempts")]
    private static partial void LogDead(ILogger logger, Guid deliveryId, Guid subscriptionId, int attempts);
}
