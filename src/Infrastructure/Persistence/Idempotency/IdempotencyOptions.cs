namespace ThiDua.Infrastructure.Persistence.Idempotency;

/// <summary>Configuration section <c>Idempotency</c> (ADR 0022).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How often the background job deletes keys older than <see cref="IdempotencyStore.Lifetime"/>.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a keyed command's transaction may stay idle before PostgreSQL ends it
    /// (<c>idle_in_transaction_session_timeout</c>, set for that transaction only). An API instance that hangs or
    /// loses its network with a key in progress thereby releases the key after this time; one that dies outright
    /// releases it at once, because PostgreSQL rolls back a closed session's transaction.
    /// </summary>
    public TimeSpan AbandonedTransactionTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
