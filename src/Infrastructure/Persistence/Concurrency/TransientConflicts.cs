using Npgsql;
using ThiDua.Application.Common.Concurrency;

namespace ThiDua.Infrastructure.Persistence.Concurrency;

/// <summary>
/// PostgreSQL's deadlock (40P01) and serialisation failure (40001), wherever they surface (a lock, a query, the save,
/// wrapped by EF Core or by a domain-event dispatch). Reset forgets the failed attempt: tracked entities and held locks.
/// </summary>
internal sealed class TransientConflicts(ThiDuaDbContext db, RowLocks rowLocks) : ITransientConflicts
{
    public bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }
        }

        return false;
    }

    public void Reset()
    {
        db.ChangeTracker.Clear();
        rowLocks.Forget();
    }
}
