namespace ThiDua.Domain.Units;

/// <summary>Loads and adds unit aggregates; implemented in Infrastructure.</summary>
public interface IUnitRepository
{
    Task<OrganisationUnit?> GetByIdAsync(UnitId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganisationUnit>> GetByIdsAsync(IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken);

    Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>The id of the unit with <paramref name="code"/> (any letter case), or null.</summary>
    Task<UnitId?> FindIdByCodeAsync(string code, CancellationToken cancellationToken);

    /// <summary>Ids of every ancestor of the unit, nearest first (the unit itself excluded).</summary>
    Task<IReadOnlyList<UnitId>> GetAncestorIdsAsync(UnitId id, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="ids"/>, those that lie below <paramref name="ancestor"/> in the hierarchy.</summary>
    Task<IReadOnlySet<UnitId>> FindDescendantsAmongAsync(UnitId ancestor, IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken);

    /// <summary>The unit, which the command declared it holds exclusively until commit (it is about to change).</summary>
    Task<OrganisationUnit?> GetForChangeAsync(UnitId id, CancellationToken cancellationToken);

    /// <summary>The unit, which the command declared it holds unchanged until commit (see <see cref="GetManyForReferenceAsync"/>).</summary>
    Task<OrganisationUnit?> GetForReferenceAsync(UnitId id, CancellationToken cancellationToken);

    /// <summary>
    /// The units that exist, which the command declared it holds unchanged until commit because it relies on their
    /// state (e.g. "active" when it makes them members): a concurrent merge or dissolution waits, then sees the result.
    /// </summary>
    Task<IReadOnlyList<OrganisationUnit>> GetManyForReferenceAsync(IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken);

    void Add(OrganisationUnit unit);
}
