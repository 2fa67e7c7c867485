using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Concurrency;

namespace ThiDua.Infrastructure.Persistence.Concurrency;

/// <summary>
/// Takes a command's declared locks (in the order <c>LockingBehavior</c> gives them) and remembers them for the
/// transaction, so that the repositories' load-for-change and load-for-reference methods can refuse an undeclared row.
/// </summary>
internal sealed class RowLocks(ThiDuaDbContext db) : IRowLocks
{
    private readonly HashSet<DeclaredLock> _held = [];
    private object? _transaction;

    public async Task AcquireAsync(IReadOnlyList<DeclaredLock> locks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locks);
        _held.Clear();

        // The locks last as long as this transaction; a later command in the same scope holds none of them.
        _transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Declared locks are taken inside the command's transaction (UnitOfWorkBehavior).");
        foreach (var group in Runs(locks))
        {
            // One statement per run of the same kind and mode; ORDER BY id keeps the global order inside it.
            var ids = group.Select(l => l.Id).ToArray();
            await (group.Key.Resource switch
            {
                LockedResource.UnitHierarchy =>
                    db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('thidua.unit_hierarchy'))", cancellationToken),
                LockedResource.Unit => LockRowsAsync("units", ids, group.Key.Mode, cancellationToken),
                LockedResource.Covenant => LockRowsAsync("covenants", ids, group.Key.Mode, cancellationToken),
                LockedResource.Campaign => LockRowsAsync("campaigns", ids, group.Key.Mode, cancellationToken),
                LockedResource.Nomination => LockRowsAsync("nominations", ids, group.Key.Mode, cancellationToken),
                LockedResource.DocumentIdentity => LockKeysAsync("thidua.document:", ids, cancellationToken),
                LockedResource.ClusterYearCovenant => group.Key.Mode == LockMode.Exclusive
                    ? db.Database.ExecuteSqlInterpolatedAsync(
                        $"SELECT 1 FROM thidua.covenants WHERE cluster_id = ANY({ids}) AND year = {group.Key.Year} ORDER BY id FOR UPDATE", cancellationToken)
                    : db.Database.ExecuteSqlInterpolatedAsync(
                        $"SELECT 1 FROM thidua.covenants WHERE cluster_id = ANY({ids}) AND year = {group.Key.Year} ORDER BY id FOR SHARE", cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(locks), group.Key.Resource, "Unknown lockable resource."),
            });
            _held.UnionWith(group);
        }
    }

    /// <summary>Transaction-scoped advisory locks on keys that are not rows (yet), one statement per key, in id order.</summary>
    private async Task<int> LockKeysAsync(string space, Guid[] ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids.Order())
        {
            var key = space + id.ToString("N");
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        }

        return ids.Length;
    }

    /// <summary>Refuses a load for change (or for reference) of a row the command did not declare (ADR 0020).</summary>
    public void EnsureDeclared(LockedResource resource, Guid id, LockMode mode, int year = 0)
    {
        var inThisTransaction = _transaction is not null && ReferenceEquals(_transaction, db.Database.CurrentTransaction);
        var held = _held.Contains(new DeclaredLock(resource, id, mode, year))
            || (mode == LockMode.Share && _held.Contains(new DeclaredLock(resource, id, LockMode.Exclusive, year)));
        if (!inThisTransaction || !held)
        {
            throw new InvalidOperationException(
                $"{resource} {id} is loaded {(mode == LockMode.Exclusive ? "for change" : "for reference")}, but the command does not declare " +
                "that lock (ILockingCommand.Locks); declare it so that LockingBehavior takes it in the global order.");
        }
    }

    public void Forget()
    {
        _held.Clear();
        _transaction = null;
    }

    /// <summary>Consecutive locks of the same kind, mode and year, keeping their order.</summary>
    private static IEnumerable<IGrouping<(LockedResource Resource, LockMode Mode, int Year), DeclaredLock>> Runs(IReadOnlyList<DeclaredLock> locks)
    {
        var run = new List<DeclaredLock>();
        foreach (var l in locks)
        {
            if (run.Count > 0 && (run[0].Resource, run[0].Mode, run[0].Year) != (l.Resource, l.Mode, l.Year))
            {
                yield return run.GroupBy(r => (r.Resource, r.Mode, r.Year)).Single();
                run = [];
            }

            run.Add(l);
        }

        if (run.Count > 0)
        {
            yield return run.GroupBy(r => (r.Resource, r.Mode, r.Year)).Single();
        }
    }

    private Task<int> LockRowsAsync(string table, Guid[] ids, LockMode mode, CancellationToken cancellationToken)
    {
        // The table name is one of the constants above, never input; the ids are a parameter.
        var sql = string.Concat("SELECT 1 FROM thidua.", table, " WHERE id = ANY(@ids) ORDER BY id ", mode == LockMode.Exclusive ? "FOR UPDATE" : "FOR SHARE");
        return db.Database.ExecuteSqlRawAsync(sql, [new Npgsql.NpgsqlParameter("ids", ids)], cancellationToken);
    }
}
