using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.People;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class PersonRepository(ThiDuaDbContext db) : IPersonRepository
{
    public Task<Person?> GetByIdAsync(PersonId id, CancellationToken cancellationToken) =>
        db.People.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyDictionary<PersonId, Person>> GetManyAsync(IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var people = await db.People.AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return people.ToDictionary(p => p.Id);
    }

    public async Task<IReadOnlyDictionary<PersonId, Person>> GetManyForChangeAsync(IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);

        // Locked and loaded in one statement, in id order, so that two decisions naming the same people cannot deadlock.
        // The owned collections are read by split queries after it, in the same transaction, so they see the rows as
        // they were once locked.
        var values = ids.Select(i => i.Value).Distinct().Order().ToArray();
        var people = await db.People
            .FromSql($"SELECT p.*, p.xmin FROM thidua.people p WHERE p.id = ANY({values}) ORDER BY p.id FOR UPDATE")
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return people.ToDictionary(p => p.Id);
    }

    public void Add(Person person) => db.People.Add(person);
}
