namespace ThiDua.Application.Common.Abstractions;

/// <summary>
/// A command's transaction. <c>UnitOfWorkBehavior</c> begins it before the handler, so that rows the handler locks
/// stay locked until commit, and <see cref="SaveChangesAsync"/> dispatches pending domain events (their handlers may
/// change more aggregates), writes the audit entries, saves and commits. Handlers never call it.
/// </summary>
public interface IUnitOfWork
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken);

    Task SaveChangesAsync(string operation, CancellationToken cancellationToken);
}
