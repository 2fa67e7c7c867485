namespace ThiDua.Application.Events.Webhooks;

/// <summary>A webhook subscription, without its secret (shown only on create and rotation).</summary>
public sealed record WebhookSubscriptionDto(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    Guid? AuthorityUnitId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt,
    DateTimeOffset? PreviousSecretExpiresAt);

/// <summary>
/// A subscription with its signing secret, shown this once (on create or rotation): keep it; it cannot be read again.
/// Receivers compute HMAC-SHA256 with the secret's UTF-8 bytes as key over <c>{t}.{body}</c> (docs/events.md).
/// </summary>
public sealed record WebhookSecretDto(WebhookSubscriptionDto Subscription, string Secret);

/// <summary>One event for one subscription: <c>pending</c>, <c>succeeded</c> or <c>dead</c> (no more tries), with its log.</summary>
public sealed record WebhookDeliveryDto(
    Guid Id,
    Guid SubscriptionId,
    Guid EventId,
    string EventType,
    string EventSequence,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<WebhookAttemptDto> Log);

/// <summary>One HTTP attempt: the receiver's status code (none when it could not be reached), how long it took, the error.</summary>
public sealed record WebhookAttemptDto(int Attempt, DateTimeOffset AttemptedAt, int? StatusCode, int DurationMs, string? Error);
