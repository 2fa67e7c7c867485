using System.Text.Json;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Audit.ListAuditEntries;

/// <summary>
/// One recorded change: who (token subject and name), when, which operation, which resource, the changed
/// top-level values (<c>changes</c>: property → [old, new]) and the resource's full state after the change.
/// <c>recordedAs</c> is <c>history</c> for a change entered in historical record mode (ADR 0014): <c>historical</c> then
/// gives the act's real date and source document, and the subject is who entered it.
/// </summary>
public sealed record AuditEntryDto(
    long Id,
    DateTimeOffset OccurredAt,
    string Subject,
    string? DisplayName,
    string Operation,
    string ResourceType,
    Guid ResourceId,
    string Action,
    JsonElement Changes,
    JsonElement State,
    RecordingMode RecordedAs = RecordingMode.Live,
    AuditHistoricalDto? Historical = null);

/// <summary>The real date and source document of a change entered as history.</summary>
public sealed record AuditHistoricalDto(DateOnly OccurredOn, DocumentDto SourceDocument);
