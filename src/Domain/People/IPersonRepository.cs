namespace ThiDua.Domain.People;

/// <summary>Loads and adds people; implemented in Infrastructure.</summary>
public interface IPersonRepository
{
    Task<Person?> GetByIdAsync(PersonId id, CancellationToken cancellationToken);

    /// <summary>The people with these ids that exist, by id, in one round trip.</summary>
    Task<IReadOnlyDictionary<PersonId, Person>> GetManyAsync(IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The people with these ids that exist, by id, held exclusively until commit: loaded and locked in one statement,
    /// in id order, so that awards to them (R9) are recorded one at a time. People are found in a command's data (a
    /// decision's lines), so they are locked here, after every lock the command declared (ADR 0020).
    /// </summary>
    Task<IReadOnlyDictionary<PersonId, Person>> GetManyForChangeAsync(IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken);

    void Add(Person person);
}
