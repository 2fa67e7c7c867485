using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Awards.GetUnitAwards;

public sealed class GetUnitAwardsQueryHandler(IUnitRepository units, IAwardQueries awards) : IQueryHandler<GetUnitAwardsQuery, Page<AwardRecordDto>>
{
    public async ValueTask<Page<AwardRecordDto>> Handle(GetUnitAwardsQuery query, CancellationToken cancellationToken)
    {
        var id = new UnitId(query.UnitId);
        _ = await units.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Unit", query.UnitId);
        return new Page<AwardRecordDto>(await awards.ForUnitAsync(id, cancellationToken), null);
    }
}
