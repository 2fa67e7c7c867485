using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.People;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class PersonRepository(ThiDuaDbContext db) : IPersonRepository
{
    public Task<Person?> GetByIdAsync(PersonId id, CancellationToken cancellationToken) =>
        db.People.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public void Add(Person person) => db.People.Add(person);
}
