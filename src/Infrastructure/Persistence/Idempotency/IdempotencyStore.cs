using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Infrastructure.Persistence.Idempotency;

/// <summary>What to do with a request that carries an idempotency key.</summary>
public enum IdempotencyDecision
{
    /// <summary>First use of the key: process the request, then <see cref="IdempotencyStore.CompleteAsync"/>.</summary>
    Proceed = 1,

    /// <summary>Same key and same request, already answered: replay the stored response.</summary>
    Replay = 2,

    /// <summary>Same key with a different request: refuse (422 <c>idempotency_key_reused</c>).</summary>
    KeyReused = 3,

    /// <summary>Same key, first request still running: refuse for now (409 <c>idempotency_request_in_progress</c>).</summary>
    InProgress = 4,
}

/// <summary>
/// Idempotency keys in PostgreSQL (not memory), so that retries survive restarts and several API instances.
/// Each call uses its own scope, never the request's unit of work.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int MaxKeyLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task<(IdempotencyDecision Decision, IdempotencyRecord Record)> BeginAsync(
        string subject, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        var now = clock.GetUtcNow();
        var expiredBefore = now - Lifetime;
        await db.IdempotencyRecords
            .Where(r => r.Subject == subject && r.Key == key && r.CreatedAt < expiredBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO thidua.idempotency_records (subject, key, request_hash, created_at)
            VALUES ({subject}, {key}, {requestHash}, {now})
            ON CONFLICT (subject, key) DO NOTHING
            """,
            cancellationToken);
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleAsync(r => r.Subject == subject && r.Key == key, cancellationToken);

        if (inserted == 1)
        {
            return (IdempotencyDecision.Proceed, record);
        }

        if (!string.Equals(record.RequestHash, requestHash, StringComparison.Ordinal))
        {
            return (IdempotencyDecision.KeyReused, record);
        }

        return (record.StatusCode is null ? IdempotencyDecision.InProgress : IdempotencyDecision.Replay, record);
    }

    public async Task CompleteAsync(long id, int statusCode, string? contentType, string? location, string? etag, byte[] body, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        await db.IdempotencyRecords.Where(r => r.Id == id).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.StatusCode, statusCode)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Location, location)
                .SetProperty(r => r.ETag, etag)
                .SetProperty(r => r.Body, body),
            cancellationToken);
    }

    /// <summary>Forgets a key whose request failed on the server side, so that a retry is processed again.</summary>
    public async Task AbandonAsync(long id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        await db.IdempotencyRecords.Where(r => r.Id == id).ExecuteDeleteAsync(CancellationToken.None);
    }
}
