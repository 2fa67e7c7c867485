using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations.ListNominations;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations;

/// <summary>Read side of nominations (implemented in Infrastructure).</summary>
public interface INominationQueries
{
    Task<NominationDto?> GetAsync(NominationId id, CancellationToken cancellationToken);

    /// <summary>The dossiers matching <paramref name="query"/> among those of <paramref name="readable"/> proposing units.</summary>
    Task<Page<NominationSummaryDto>> ListAsync(ListNominationsQuery query, ReadableUnits readable, CancellationToken cancellationToken);
}
