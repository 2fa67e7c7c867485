using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Audit.ListAuditEntries;

/// <summary>The append-only change history, newest first, optionally for one resource.</summary>
public sealed record ListAuditEntriesQuery(Guid? ResourceId, string? ResourceType, PageRequest Page) : IQuery<Page<AuditEntryDto>>;
