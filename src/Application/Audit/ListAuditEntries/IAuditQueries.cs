using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Audit.ListAuditEntries;

public interface IAuditQueries
{
    Task<Page<AuditEntryDto>> ListAsync(ListAuditEntriesQuery query, CancellationToken cancellationToken);
}
