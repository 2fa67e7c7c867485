using Mediator;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>
/// Wraps the unit of work: a command that the database aborts as a deadlock victim or for a serialisation failure
/// (40P01 / 40001) runs once more from the start, in a fresh transaction with a cleared change tracker; a second such
/// failure is a 409 <c>concurrency_conflict</c>. Nothing of the failed attempt was committed (ADR 0020).
/// </summary>
public sealed class ConcurrencyRetryBehavior<TMessage, TResponse>(ITransientConflicts conflicts)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception first) when (conflicts.IsTransient(first))
        {
            conflicts.Reset();
        }

        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception second) when (conflicts.IsTransient(second))
        {
            conflicts.Reset();
            throw new ConflictException(
                ConflictException.Concurrency.WithMessage(
                    "Yêu cầu này đã hai lần trùng với các yêu cầu khác đang thay đổi cùng dữ liệu. Chưa có dữ liệu nào được lưu; vui lòng thực hiện lại.",
                    "This request collided twice with others changing the same records at the same time. Nothing was saved; retry it."),
                second);
        }
    }
}
