using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Events.Webhooks;

namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>Webhook subscriptions and deliveries in PostgreSQL; writes are tracked and commit with the command.</summary>
internal sealed class WebhookSubscriptionStore(ThiDuaDbContext db, WebhookSecretProtector secrets) : IWebhookSubscriptions
{
    public async Task<WebhookSubscriptionDto> AddAsync(string url, IReadOnlyList<string> eventTypes, Guid? authorityUnitId, string secret, string createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(now);
        var record = new WebhookSubscriptionRecord
        {
            Id = id,
            Url = url,
            EventTypes = [.. eventTypes],
            AuthorityUnitId = authorityUnitId,
            Secret = secrets.Protect(secret, id),
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        await db.WebhookSubscriptions.AddAsync(record, cancellationToken);
        return ToDto(record);
    }

    public async Task<IReadOnlyList<WebhookSubscriptionDto>> ListAsync(Guid? within, CancellationToken cancellationToken)
    {
        var rows = within is { } authority
            ? await db.WebhookSubscriptions.FromSql($"""
                SELECT * FROM thidua.webhook_subscriptions s
                WHERE s.authority_unit_id IS NOT NULL AND thidua.unit_within(s.authority_unit_id, {authority})
                """).AsNoTracking().Where(s => s.DeletedAt == null).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken)
            : await db.WebhookSubscriptions.AsNoTracking().Where(s => s.DeletedAt == null).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(ToDto)];
    }

    public async Task<WebhookSubscriptionDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == id && s.DeletedAt == null).Select(s => ToDto(s)).SingleOrDefaultAsync(cancellationToken);

    public async Task<WebhookSubscriptionDto> RotateAsync(Guid id, string secret, DateTimeOffset previousExpiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.WebhookSubscriptions.SingleAsync(s => s.Id == id, cancellationToken);
        record.PreviousSecret = record.Secret;
        record.PreviousSecretExpiresAt = previousExpiresAt;
        record.Secret = secrets.Protect(secret, id);
        record.SecretRotatedAt = now;
        return ToDto(record);
    }

    public async Task DeleteAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.WebhookSubscriptions.SingleAsync(s => s.Id == id, cancellationToken);
        record.DeletedAt = now;
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == id && d.Status == WebhookDeliveryRecord.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, WebhookDeliveryRecord.Dead).SetProperty(d => d.LastError, "subscription deleted"), cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDeliveryDto>> ListDeliveriesAsync(Guid subscriptionId, string? status, CancellationToken cancellationToken)
    {
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId);
        if (status is not null)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        return await ReadAsync(deliveries.OrderByDescending(d => d.EventSequence).Take(500), cancellationToken);
    }

    public async Task<WebhookDeliveryDto?> FindDeliveryAsync(Guid subscriptionId, Guid deliveryId, CancellationToken cancellationToken) =>
        (await ReadAsync(db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId && d.Id == deliveryId), cancellationToken)).SingleOrDefault();

    public async Task RequeueAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE thidua.webhook_deliveries
            SET status = 'pending', attempts = 0, next_attempt_at = now(), completed_at = NULL
            WHERE id = {deliveryId}
            """,
            cancellationToken);

    private async Task<IReadOnlyList<WebhookDeliveryDto>> ReadAsync(IQueryable<WebhookDeliveryRecord> deliveries, CancellationToken cancellationToken)
    {
        var rows = await deliveries
            .Join(db.IntegrationEvents, d => d.EventSequence, e => e.Sequence, (d, e) => new { Delivery = d, e.Id, e.Type })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Delivery.Id).ToList();
        var log = (await db.WebhookDeliveryAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).OrderBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.DeliveryId);
        return [.. rows.Select(r => new WebhookDeliveryDto(
            r.Delivery.Id,
            r.Delivery.SubscriptionId,
            r.Id,
            r.Type,
            r.Delivery.EventSequence.ToString(CultureInfo.InvariantCulture),
            r.Delivery.Status,
            r.Delivery.Attempts,
            r.Delivery.Status == WebhookDeliveryRecord.Pending ? r.Delivery.NextAttemptAt : null,
            r.Delivery.LastStatusCode,
            r.Delivery.LastError,
            r.Delivery.CreatedAt,
            r.Delivery.CompletedAt,
            [.. log[r.Delivery.Id].Select(a => new WebhookAttemptDto(a.Attempt, a.AttemptedAt, a.StatusCode, a.DurationMs, a.Error))]))];
    }

    private static WebhookSubscriptionDto ToDto(WebhookSubscriptionRecord s) =>
        new(s.Id, s.Url, s.EventTypes, s.AuthorityUnitId, s.CreatedBy, s.CreatedAt, s.SecretRotatedAt, s.PreviousSecretExpiresAt);
}
