namespace ThiDua.Application.Events.Webhooks;

/// <summary>Stored webhook subscriptions and their deliveries (ADR 0025). Writes join the command's unit of work.</summary>
public interface IWebhookSubscriptions
{
    Task<WebhookSubscriptionDto> AddAsync(string url, IReadOnlyList<string> eventTypes, Guid? authorityUnitId, string secret, string createdBy, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Live subscriptions; with <paramref name="within"/>, only those scoped to units at or under it.</summary>
    Task<IReadOnlyList<WebhookSubscriptionDto>> ListAsync(Guid? within, CancellationToken cancellationToken);

    Task<WebhookSubscriptionDto?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A new secret; the old one keeps signing (alongside) until <paramref name="previousExpiresAt"/>.</summary>
    Task<WebhookSubscriptionDto> RotateAsync(Guid id, string secret, DateTimeOffset previousExpiresAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stops deliveries; pending ones end dead; the log stays.</summary>
    Task DeleteAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookDeliveryDto>> ListDeliveriesAsync(Guid subscriptionId, string? status, CancellationToken cancellationToken);

    Task<WebhookDeliveryDto?> FindDeliveryAsync(Guid subscriptionId, Guid deliveryId, CancellationToken cancellationToken);

    /// <summary>Sends the delivery again from now, with a fresh count of tries, whatever its state.</summary>
    Task RequeueAsync(Guid deliveryId, CancellationToken cancellationToken);
}
