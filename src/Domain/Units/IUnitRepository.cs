namespace ThiDua.Domain.Units;

/// <summary>Loads and adds unit aggregates; implemented in Infrastructure.</summary>
public interface IUnitRepository
{
    Task<OrganisationUnit?> GetByIdAsync(UnitId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganisationUnit>> GetByIdsAsync(IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken);

    Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>Ids of every ancestor of the unit, nearest first (the unit itself excluded).</summary>
    Task<IReadOnlyList<UnitId>> GetAncestorIdsAsync(UnitId id, CancellationToken cancellationToken);

    void Add(OrganisationUnit unit);
}
