using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.ListNominations;

/// <summary>
/// Lists only the dossiers the caller may read one by one (<see cref="NominationView.GetAsync"/>): those of units it may
/// act for. A <c>proposingUnitId</c> outside them is refused as the item read is (<c>auth.other_unit</c>,
/// <c>auth.outside_authority</c>, 403), so that a filter never confirms what the read would refuse (issue 15 item 2).
/// </summary>
public sealed class ListNominationsQueryHandler(INominationQueries queries, AccessGuard access) : IQueryHandler<ListNominationsQuery, Page<NominationSummaryDto>>
{
    public async ValueTask<Page<NominationSummaryDto>> Handle(ListNominationsQuery query, CancellationToken cancellationToken)
    {
        if (query.ProposingUnitId is { } unitId)
        {
            await access.EnsureCanActForAsync(new UnitId(unitId), cancellationToken);
        }

        return await queries.ListAsync(query, await access.ReadableUnitsAsync(cancellationToken), cancellationToken);
    }
}
