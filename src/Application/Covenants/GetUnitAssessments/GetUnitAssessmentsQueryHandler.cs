using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Covenants.GetUnitAssessments;

public sealed class GetUnitAssessmentsQueryHandler(ICovenantQueries queries) : IQueryHandler<GetUnitAssessmentsQuery, UnitAssessmentsDto>
{
    public async ValueTask<UnitAssessmentsDto> Handle(GetUnitAssessmentsQuery query, CancellationToken cancellationToken) =>
        await queries.GetUnitAssessmentsAsync(new CovenantId(query.CovenantId), new UnitId(query.UnitId), cancellationToken)
            ?? throw new NotFoundException(NotFoundErrors.CovenantAssessment, $"Unit '{query.UnitId}' has not signed covenant '{query.CovenantId}'.");
}
