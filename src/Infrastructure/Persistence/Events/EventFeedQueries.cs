using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Events.GetEventFeed;

namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>
/// The change feed over the outbox. Reading <c>sequence &gt; after</c> in order is gap-free because sequence numbers are
/// drawn in commit order (<see cref="IntegrationEventOutbox"/>).
/// </summary>
internal sealed class EventFeedQueries(ThiDuaDbContext db) : IEventFeedQueries
{
    public async Task<EventFeedPage> ReadAsync(long after, int limit, IReadOnlyList<string>? types, Guid? authority, bool everything, CancellationToken cancellationToken)
    {
        var typeList = types?.ToArray();
        var rows = await db.IntegrationEvents
            .FromSql($"""
                SELECT * FROM thidua.integration_events e
                WHERE e.sequence > {after}
                  AND ({typeList}::text[] IS NULL OR e.type = ANY ({typeList}::text[]))
                  AND ({everything} OR (e.authority_unit_id IS NOT NULL AND thidua.unit_within(e.authority_unit_id, {authority})))
                ORDER BY e.sequence
                LIMIT {limit + 1}
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        var items = rows.Take(limit).Select(Envelope).ToList();
        var next = items.Count > 0 ? items[^1].Sequence : after.ToString(CultureInfo.InvariantCulture);
        return new EventFeedPage(items, next, hasMore);
    }

    /// <summary>The CloudEvents JSON of an outbox row, as the feed shows it and webhooks POST it.</summary>
    public static IntegrationEventDto Envelope(IntegrationEventRecord e) => new(
        IntegrationEventDto.CloudEventsVersion,
        e.Id,
        IntegrationEventDto.EventSource,
        e.Type,
        e.Subject,
        e.OccurredAt,
        IntegrationEventDto.ContentType,
        e.DataVersion,
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.AuthorityUnitId,
        e.Data.RootElement.Clone());
}
