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

    public Task LockForAwardAsync(IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken)
    {
        // In id order, so that two decisions naming the same people cannot deadlock.
        var values = ids.Select(i => i.Value).Distinct().Order().ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM thidua.people WHERE id = ANY({values}) ORDER BY id FOR UPDATE", cancellationToken);
    }

    public void Add(Person person) => db.People.Add(person);
}
