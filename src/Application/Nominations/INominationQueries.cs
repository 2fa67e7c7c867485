using ThiDua.Application.Common.Paging;
using ThiDua.Application.Nominations.ListNominations;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations;

/// <summary>Read side of nominations (implemented in Infrastructure).</summary>
public interface INominationQueries
{
    Task<NominationDto?> GetAsync(NominationId id, CancellationToken cancellationToken);

    Task<Page<NominationSummaryDto>> ListAsync(ListNominationsQuery query, CancellationToken cancellationToken);
}
