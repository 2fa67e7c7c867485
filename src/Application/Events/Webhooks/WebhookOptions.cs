namespace ThiDua.Application.Events.Webhooks;

/// <summary>Webhook settings (section <c>Webhooks</c>; ADR 0025).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Accept <c>http://</c> URLs on loopback (127.0.0.1, ::1, localhost): development and tests only. Otherwise only https.</summary>
    public bool AllowHttpLoopback { get; set; }

    /// <summary>Whether this instance runs the delivery worker.</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>How often an idle worker looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries claimed per round.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Tries before a delivery is dead (dead letter).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Backoff base: the n-th retry waits a random time in [0, min(base·2^(n-1), cap)] (full jitter).</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    public TimeSpan RotationGracePeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Keys that encrypt subscription secrets at rest (AES-256-GCM), each <c>id:base64 of 32 random bytes</c>; the first
    /// encrypts, every one decrypts (rotation: put the new key first, keep the old ones until every secret has been
    /// rotated). Required in Production; without keys (Development, tests that want it) secrets are stored as they are.
    /// </summary>
    public IList<string> SecretKeys { get; } = new List<string>();
}
