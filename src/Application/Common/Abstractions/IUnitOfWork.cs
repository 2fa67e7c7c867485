namespace ThiDua.Application.Common.Abstractions;

/// <summary>
/// Commits a command's changes in one transaction: dispatches pending domain events (whose handlers may change
/// more state), writes the audit entries, then saves. Only <c>UnitOfWorkBehavior</c> calls it.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(string operation, CancellationToken cancellationToken);
}
