namespace ThiDua.Domain.People;

/// <summary>Loads and adds people; implemented in Infrastructure.</summary>
public interface IPersonRepository
{
    Task<Person?> GetByIdAsync(PersonId id, CancellationToken cancellationToken);

    /// <summary>Locks the person's row until the transaction ends, so that awards to them are recorded one at a time.</summary>
    Task LockForAwardAsync(PersonId id, CancellationToken cancellationToken);

    void Add(Person person);
}
