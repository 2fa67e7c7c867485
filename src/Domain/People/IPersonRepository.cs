namespace ThiDua.Domain.People;

/// <summary>Loads and adds people; implemented in Infrastructure.</summary>
public interface IPersonRepository
{
    Task<Person?> GetByIdAsync(PersonId id, CancellationToken cancellationToken);

    void Add(Person person);
}
