using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Idempotency keys in PostgreSQL (not memory), so that retries survive restarts and several API instances (ADR 0008,
/// 0022). A command writes its key in its own transaction (<see cref="IdempotencyKeys"/>); this store, used outside
/// any command's unit of work, reads keys, records responses and purges expired keys, each in its own scope.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int MaxKeyLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>The key's record, or null when the key is unused (an expired record is deleted first).</summary>
    public async Task<IdempotencyRecord?> FindAsync(string subject, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        var expiredBefore = clock.GetUtcNow() - Lifetime;
        await db.IdempotencyRecords
            .Where(r => r.Subject == subject && r.Key == key && r.CreatedAt < expiredBefore)
            .ExecuteDeleteAsync(cancellationToken);
        return await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Subject == subject && r.Key == key, cancellationToken);
    }

    /// <summary>Records the response of a request whose commands committed under the key (first response wins).</summary>
    public async Task CompleteAsync(string subject, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        await db.IdempotencyRecords.Where(r => r.Subject == subject && r.Key == key && r.StatusCode == null).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.StatusCode, response.StatusCode)
                .SetProperty(r => r.ContentType, response.ContentType)
                .SetProperty(r => r.Location, response.Location)
                .SetProperty(r => r.ETag, response.ETag)
                .SetProperty(r => r.Body, response.Body),
            cancellationToken);
    }

    /// <summary>
    /// Records the answer to a request that committed nothing (e.g. a 4xx), so that a retry gets the same answer. If
    /// another attempt holds the key or has recorded it, that attempt's outcome stands and this answer is not kept.
    /// </summary>
    public async Task StoreAnswerAsync(string subject, string key, string requestHash, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database.SqlQuery<bool>(
            $"""SELECT pg_try_advisory_xact_lock(hashtext('thidua.idempotency:' || {subject}), hashtext({key})) AS "Value" """)
            .SingleAsync(cancellationToken);
        if (!locked)
        {
            return;
        }

        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO thidua.idempotency_records (subject, key, request_hash, created_at, command_results, status_code, content_type, location, e_tag, body)
            VALUES ({subject}, {key}, {requestHash}, {clock.GetUtcNow()}, ARRAY[]::text[], {response.StatusCode}, {response.ContentType}, {response.Location}, {response.ETag}, {response.Body})
            ON CONFLICT (subject, key) DO NOTHING
            """,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes keys older than <see cref="Lifetime"/>, in batches; returns how many were deleted.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        const int batchSize = 1000;
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
            var expiredBefore = clock.GetUtcNow() - Lifetime;
            var deleted = await db.IdempotencyRecords
                .Where(r => db.IdempotencyRecords
                    .Where(e => e.CreatedAt < expiredBefore)
                    .OrderBy(e => e.Id)
                    .Take(batchSize)
                    .Select(e => e.Id)
                    .Contains(r.Id))
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
            if (deleted < batchSize)
            {
                return total;
            }
        }
    }
}

/// <summary>A response as kept for replay.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body);
