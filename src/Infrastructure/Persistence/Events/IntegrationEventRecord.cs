using System.Text.Json;

namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>
/// A row of the transactional outbox (<c>integration_events</c>, ADR 0025): written in the transaction of the change it
/// reports, numbered in commit order (<see cref="Sequence"/>), read by the change feed and fanned out to webhook deliveries.
/// </summary>
public sealed class IntegrationEventRecord
{
    /// <summary>Position in commit order; the change feed's cursor.</summary>
    public long Sequence { get; set; }

    /// <summary>CloudEvents <c>id</c>: unique, stable across redeliveries, for receivers' deduplication.</summary>
    public Guid Id { get; set; }

    public string Type { get; set; } = null!;

    public string DataVersion { get; set; } = null!;

    public string Subject { get; set; } = null!;

    /// <summary>The unit the resource belongs to; null only where none could be named.</summary>
    public Guid? AuthorityUnitId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public JsonDocument Data { get; set; } = null!;
}
