using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Audit.ListAuditEntries;

public sealed class ListAuditEntriesQueryHandler(IAuditQueries queries) : IQueryHandler<ListAuditEntriesQuery, Page<AuditEntryDto>>
{
    public async ValueTask<Page<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken);
}
