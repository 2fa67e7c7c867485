namespace ThiDua.Domain.People;

/// <summary>Loads and adds people; implemented in Infrastructure.</summary>
public interface IPersonRepository
{
    Task<Person?> GetByIdAsync(PersonId id, CancellationToken cancellationToken);

    /// <summary>The people with these ids that exist, by id, in one round trip.</summary>
    Task<IReadOnlyDictionary<PersonId, Person>> GetManyAsync(IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken);

    /// <summary>Locks the people's rows (in id order) until the transaction ends, so that awards to them are recorded one at a time.</summary>
    Task LockForAwardAsync(IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken);

    void Add(Person person);
}
