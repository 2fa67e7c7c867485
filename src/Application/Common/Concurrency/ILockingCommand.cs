namespace ThiDua.Application.Common.Concurrency;

/// <summary>
/// A command that must hold rows unchanged (or exclusively) until it commits declares them here, from its own input.
/// <c>LockingBehavior</c> takes them inside the command's transaction, before the handler, in the global order of
/// <see cref="LockedResource"/>. Repositories' load-for-change and load-for-reference methods refuse a row whose lock
/// the command did not declare, and an architecture test refuses a handler that calls them for a command that does
/// not implement this interface (ADR 0020).
/// </summary>
public interface ILockingCommand
{
    IEnumerable<DeclaredLock> Locks { get; }
}
