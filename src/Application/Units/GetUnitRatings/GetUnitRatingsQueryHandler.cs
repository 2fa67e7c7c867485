using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.GetUnitRatings;

public sealed class GetUnitRatingsQueryHandler(IUnitRepository units) : IQueryHandler<GetUnitRatingsQuery, Page<RatingDto>>
{
    public async ValueTask<Page<RatingDto>> Handle(GetUnitRatingsQuery query, CancellationToken cancellationToken)
    {
        var unit = await units.GetByIdAsync(new UnitId(query.UnitId), cancellationToken) ?? throw new NotFoundException("Unit", query.UnitId);
        return UnitRatings.Of(unit);
    }
}
