using System.Text.Json;

namespace ThiDua.Infrastructure.Persistence.Audit;

/// <summary>
/// A row of the append-only audit table (<c>thidua.audit_entries</c>). A trigger rejects UPDATE and DELETE.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Subject { get; set; } = null!;

    public string? DisplayName { get; set; }

    public string Operation { get; set; } = null!;

    public string ResourceType { get; set; } = null!;

    public Guid ResourceId { get; set; }

    public string Action { get; set; } = null!;

    public JsonDocument Changes { get; set; } = null!;

    public JsonDocument State { get; set; } = null!;

    /// <summary><c>live</c>, or <c>history</c> when the change was entered in historical record mode (ADR 0014).</summary>
    public string RecordedAs { get; set; } = "live";

    /// <summary>For a change entered as history: the real date of the act.</summary>
    public DateOnly? HistoricalOccurredOn { get; set; }

    /// <summary>For a change entered as history: the source document's number and symbol.</summary>
    public string? HistoricalSourceNumber { get; set; }

    /// <summary>For a change entered as history: the source document's date.</summary>
    public DateOnly? HistoricalSourceDate { get; set; }

    /// <summary>For a change entered as history: the source document's issuer.</summary>
    public string? HistoricalSourceIssuer { get; set; }
}
