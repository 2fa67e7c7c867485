using ThiDua.Domain.Awards;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Nominations;

/// <summary>Loads and adds nominations; implemented in Infrastructure.</summary>
public interface INominationRepository
{
    Task<Nomination?> GetByIdAsync(NominationId id, CancellationToken cancellationToken);

    /// <summary>
    /// The dossier, which the command declared it holds exclusively until commit: a second decision waits and then sees
    /// the first.
    /// </summary>
    Task<Nomination?> GetForChangeAsync(NominationId id, CancellationToken cancellationToken);

    /// <summary>The proposing unit of the dossier whose decision conferred <paramref name="awardId"/>.</summary>
    Task<UnitId?> ProposingUnitOfAwardAsync(AwardRecordId awardId, CancellationToken cancellationToken);

    void Add(Nomination nomination);
}
