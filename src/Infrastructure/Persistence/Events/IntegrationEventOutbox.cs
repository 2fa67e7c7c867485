using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Events;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>
/// Writes integration events to the outbox in the command's transaction, just before it commits (ADR 0025).
/// <para>
/// Commit order: the transaction first takes one transaction-scoped advisory lock (<see cref="CommitOrderLockKey"/>),
/// then draws the rows' sequence numbers and commits; PostgreSQL releases the lock only after the commit is visible.
/// So a transaction that draws a higher number always commits after every lower one, and a change-feed reader that
/// sees sequence <c>n</c> already sees everything below it: reading <c>sequence &gt; cursor</c> never skips an event.
/// Only transactions that publish events take the lock, and hold it for the insert and the commit only.
/// </para>
/// <para>
/// In the same statement each event is fanned out to the matching webhook subscriptions (event type and authority
/// scope), as pending deliveries the delivery worker sends.
/// </para>
/// </summary>
internal static class IntegrationEventOutbox
{
    /// <summary>The advisory lock that orders publishing transactions ("thidua" + ADR 25).</summary>
    public const long CommitOrderLockKey = 0x7468_6964_7561_0025;

    public static async Task WriteAsync(ThiDuaDbContext db, IReadOnlyList<IntegrationEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clusterIds = events.Where(e => e.AuthorityUnitId is null && e.ClusterId is not null).Select(e => new ClusterId(e.ClusterId!.Value)).Distinct().ToList();
        var clusterAuthorities = clusterIds.Count == 0
            ? []
            : await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id.Value, c => c.ManagingAuthorityId.Value, cancellationToken);

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CommitOrderLockKey})", cancellationToken);
        foreach (var e in events)
        {
            var authority = e.AuthorityUnitId
                ?? (e.ClusterId is { } cluster && clusterAuthorities.TryGetValue(cluster, out var managing) ? managing : null);
            if (authority is { } known && e.Data["authority"] is JsonObject named)
            {
                named["unitId"] = known;
            }

            var data = e.Data.ToJsonString(JsonSerializerOptions.Web);
            await db.Database.ExecuteSqlAsync(
                $"""
                WITH e AS (
                    INSERT INTO thidua.integration_events (id, type, data_version, subject, authority_unit_id, occurred_at, recorded_at, data)
                    VALUES ({Guid.CreateVersion7(now)}, {e.Type}, {IntegrationEventTypes.DataVersion}, {e.Subject}, {authority}, {e.OccurredAt}, {now}, {data}::jsonb)
                    RETURNING sequence, type, authority_unit_id
                )
                INSERT INTO thidua.webhook_deliveries (id, subscription_id, event_sequence, status, attempts, next_attempt_at, created_at)
                SELECT gen_random_uuid(), s.id, e.sequence, 'pending', 0, now(), {now}
                FROM e JOIN thidua.webhook_subscriptions s
                  ON s.deleted_at IS NULL
                 AND e.type = ANY (s.event_types)
                 AND (s.authority_unit_id IS NULL OR (e.authority_unit_id IS NOT NULL AND thidua.unit_within(e.authority_unit_id, s.authority_unit_id)))
                """,
                cancellationToken);
        }
    }
}
