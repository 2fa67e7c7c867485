using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.GetCovenantRanking;

public sealed class GetCovenantRankingQueryHandler(ICovenantQueries queries) : IQueryHandler<GetCovenantRankingQuery, CovenantRankingDto>
{
    public async ValueTask<CovenantRankingDto> Handle(GetCovenantRankingQuery query, CancellationToken cancellationToken) =>
        await queries.GetRankingAsync(new CovenantId(query.CovenantId), cancellationToken)
            ?? throw new NotFoundException("Covenant", query.CovenantId);
}
