using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.People;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class PersonRepository(ThiDuaDbContext db) : IPersonRepository
{
    public Task<Person?> GetByIdAsync(PersonId id, CancellationToken cancellationToken) =>
        db.People.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task LockForAwardAsync(PersonId id, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM thidua.people WHERE id = {id.Value} FOR UPDATE", cancellationToken);

    public void Add(Person person) => db.People.Add(person);
}
