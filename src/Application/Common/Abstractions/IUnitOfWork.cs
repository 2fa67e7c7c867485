namespace ThiDua.Application.Common.Abstractions;

/// <summary>
/// A command's transaction. <c>UnitOfWorkBehavior</c> begins it before the handler (naming the operation the audit
/// entries will carry), so that rows the handler locks stay locked until commit, and <see cref="CommitAsync"/>
/// dispatches pending domain events (their handlers may change more aggregates), writes the audit entries, saves and
/// commits. Handlers never call it; a handler that answers with the written state uses <see cref="IReadAfterWrite"/>.
/// </summary>
public interface IUnitOfWork
{
    Task<IAsyncDisposable> BeginAsync(string operation, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
