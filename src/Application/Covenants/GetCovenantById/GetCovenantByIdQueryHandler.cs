using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.GetCovenantById;

public sealed class GetCovenantByIdQueryHandler(ICovenantQueries queries) : IQueryHandler<GetCovenantByIdQuery, CovenantDetailsDto>
{
    public async ValueTask<CovenantDetailsDto> Handle(GetCovenantByIdQuery query, CancellationToken cancellationToken) =>
        await queries.GetDetailsAsync(new CovenantId(query.Id), cancellationToken)
            ?? throw new NotFoundException("Covenant", query.Id);
}
