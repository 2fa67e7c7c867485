using Mediator;
using ThiDua.Application.Common.Idempotency;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>
/// Innermost behaviour for commands (inside the unit of work, ADR 0022): when a retry finds that an earlier attempt
/// with the same <c>Idempotency-Key</c> already committed this command, it returns that attempt's result without
/// running the handler again; otherwise it runs the handler and hands its result to the unit of work, which saves it
/// with the key in the command's own transaction.
/// </summary>
public sealed class IdempotencyBehavior<TMessage, TResponse>(IdempotentRequest request)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request.TryReplayNext(out TResponse recorded))
        {
            return recorded;
        }

        var response = await next(message, cancellationToken);
        request.SetPendingResult(response);
        return response;
    }
}
