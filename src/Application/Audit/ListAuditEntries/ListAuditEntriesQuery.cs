using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Audit.ListAuditEntries;

/// <summary>The append-only change history, newest first, optionally for one resource, or only the changes entered live or as history.</summary>
public sealed record ListAuditEntriesQuery(Guid? ResourceId, string? ResourceType, PageRequest Page, RecordingMode? RecordedAs = null) : IQuery<Page<AuditEntryDto>>;
