using ThiDua.Domain.Awards;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Nominations;

/// <summary>Loads and adds nominations; implemented in Infrastructure.</summary>
public interface INominationRepository
{
    Task<Nomination?> GetByIdAsync(NominationId id, CancellationToken cancellationToken);

    /// <summary>Locks the dossier's row before it is loaded, so that a second decision waits and then sees the first.</summary>
    Task LockForDecisionAsync(NominationId id, CancellationToken cancellationToken);

    /// <summary>The proposing unit of the dossier whose decision conferred <paramref name="awardId"/>.</summary>
    Task<UnitId?> ProposingUnitOfAwardAsync(AwardRecordId awardId, CancellationToken cancellationToken);

    void Add(Nomination nomination);
}
