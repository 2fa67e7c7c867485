using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>Commits after a command's handler returns. Handlers never save; queries never reach this behaviour.</summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next(message, cancellationToken);
        await unitOfWork.SaveChangesAsync(typeof(TMessage).Name, cancellationToken);
        return response;
    }
}
