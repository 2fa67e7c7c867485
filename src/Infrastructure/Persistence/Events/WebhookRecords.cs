namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>A webhook subscription (ADR 0025): where to POST which event types, for which authority, signed with which secret.</summary>
public sealed class WebhookSubscriptionRecord
{
    public Guid Id { get; set; }

    public string Url { get; set; } = null!;

    public string[] EventTypes { get; set; } = [];

    /// <summary>Events of units at or under this unit; null (admins only) for every event.</summary>
    public Guid? AuthorityUnitId { get; set; }

    /// <summary>The signing secret (stored as is: the API must compute HMACs with it; ADR 0025, threat model).</summary>
    public string Secret { get; set; } = null!;

    /// <summary>The secret before the last rotation, still used to sign until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    public string CreatedBy { get; set; } = null!;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SecretRotatedAt { get; set; }

    /// <summary>When it was deleted; deliveries stop, the delivery log stays.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}

/// <summary>One event to deliver to one subscription: pending until delivered (2xx), or dead after the last try.</summary>
public sealed class WebhookDeliveryRecord
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Dead = "dead";

    public Guid Id { get; set; }

    public Guid SubscriptionId { get; set; }

    public long EventSequence { get; set; }

    public string Status { get; set; } = Pending;

    public int Attempts { get; set; }

    /// <summary>When the next try is due (database time); while a worker sends it, the end of its lease.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>The delivery log: one row per HTTP attempt.</summary>
public sealed class WebhookDeliveryAttemptRecord
{
    public long Id { get; set; }

    public Guid DeliveryId { get; set; }

    public int Attempt { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }

    public int? StatusCode { get; set; }

    public int DurationMs { get; set; }

    public string? Error { get; set; }
}
