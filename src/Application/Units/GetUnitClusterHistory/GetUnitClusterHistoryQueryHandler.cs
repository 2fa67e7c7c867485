using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.GetUnitClusterHistory;

public sealed class GetUnitClusterHistoryQueryHandler(IUnitQueries queries)
    : IQueryHandler<GetUnitClusterHistoryQuery, IReadOnlyList<UnitClusterMembershipDto>>
{
    public async ValueTask<IReadOnlyList<UnitClusterMembershipDto>> Handle(GetUnitClusterHistoryQuery query, CancellationToken cancellationToken) =>
        await queries.GetClusterHistoryAsync(new UnitId(query.UnitId), cancellationToken)
            ?? throw new NotFoundException("Unit", query.UnitId);
}
