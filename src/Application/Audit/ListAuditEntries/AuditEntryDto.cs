using System.Text.Json;

namespace ThiDua.Application.Audit.ListAuditEntries;

/// <summary>
/// One recorded change: who (token subject and name), when, which operation, which resource, the changed
/// top-level values (<c>changes</c>: property → [old, new]) and the resource's full state after the change.
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
    JsonElement State);
