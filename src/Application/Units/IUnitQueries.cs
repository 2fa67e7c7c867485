using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units.GetUnitClusterHistory;
using ThiDua.Application.Units.ListUnits;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units;

/// <summary>Read side of units: no tracking, projections to DTOs and the stored details documents (implemented in Infrastructure).</summary>
public interface IUnitQueries
{
    Task<UnitDetailsDocument?> GetDetailsAsync(UnitId id, CancellationToken cancellationToken);

    Task<Page<UnitSummaryDto>> ListAsync(ListUnitsQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnitClusterMembershipDto>?> GetClusterHistoryAsync(UnitId id, CancellationToken cancellationToken);
}
