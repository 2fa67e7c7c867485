using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Awards;

/// <summary>Read side of award histories (implemented in Infrastructure).</summary>
public interface IAwardQueries
{
    Task<AwardRecordDto?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The person's awards, newest year first.</summary>
    Task<IReadOnlyList<AwardRecordDto>> ForPersonAsync(PersonId personId, CancellationToken cancellationToken);

    /// <summary>The unit's collective awards and those of every unit merged into it (its predecessors), newest year first.</summary>
    Task<IReadOnlyList<AwardRecordDto>> ForUnitAsync(UnitId unitId, CancellationToken cancellationToken);
}
