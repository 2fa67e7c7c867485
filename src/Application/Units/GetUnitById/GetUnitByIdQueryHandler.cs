using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.GetUnitById;

public sealed class GetUnitByIdQueryHandler(IUnitQueries queries) : IQueryHandler<GetUnitByIdQuery, UnitDetailsDocument>
{
    public async ValueTask<UnitDetailsDocument> Handle(GetUnitByIdQuery query, CancellationToken cancellationToken) =>
        await queries.GetDetailsAsync(new UnitId(query.Id), cancellationToken)
            ?? throw new NotFoundException("Unit", query.Id);
}
