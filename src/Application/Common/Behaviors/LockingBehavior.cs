using Mediator;
using ThiDua.Application.Common.Concurrency;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>
/// Takes the locks a command declares (<see cref="ILockingCommand"/>) inside its transaction, before its handler runs,
/// in one global order, so that handlers never lock by hand and two commands cannot deadlock on declared rows.
/// </summary>
public sealed class LockingBehavior<TMessage, TResponse>(IRowLocks rowLocks) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand, ILockingCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(next);
        await rowLocks.AcquireAsync(DeclaredLock.InGlobalOrder(message.Locks), cancellationToken);
        return await next(message, cancellationToken);
    }
}
