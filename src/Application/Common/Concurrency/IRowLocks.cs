namespace ThiDua.Application.Common.Concurrency;

/// <summary>Takes a command's declared locks in the current transaction (implemented in Infrastructure).</summary>
public interface IRowLocks
{
    Task AcquireAsync(IReadOnlyList<DeclaredLock> locks, CancellationToken cancellationToken);
}
