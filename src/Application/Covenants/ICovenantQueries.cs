using ThiDua.Application.Common.Paging;
using ThiDua.Application.Covenants.ListCovenants;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Covenants;

/// <summary>Read side of covenants (implemented in Infrastructure).</summary>
public interface ICovenantQueries
{
    Task<CovenantDetailsDto?> GetDetailsAsync(CovenantId id, CancellationToken cancellationToken);

    Task<Page<CovenantSummaryDto>> ListAsync(ListCovenantsQuery query, CancellationToken cancellationToken);

    Task<UnitAssessmentsDto?> GetUnitAssessmentsAsync(CovenantId id, UnitId unitId, CancellationToken cancellationToken);

    Task<CovenantRankingDto?> GetRankingAsync(CovenantId id, CancellationToken cancellationToken);
}
