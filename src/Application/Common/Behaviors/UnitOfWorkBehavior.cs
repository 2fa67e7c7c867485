using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>
/// Runs a command in one transaction and commits after its handler returns. Handlers never save; queries never reach
/// this behaviour. If the handler throws, disposing the transaction rolls everything back.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        await using var transaction = await unitOfWork.BeginAsync(typeof(TMessage).Name, cancellationToken);
        var response = await next(message, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return response;
    }
}
