using Mediator;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The <see cref="ISender"/> that endpoints receive in the functional tests. It enforces, on every request any test
/// makes, that a write endpoint answers with what its command returned (issue 16 part 5, ADR 0004): a query sent in
/// the same request after a command fails the request with a 500 that names both messages.
/// </summary>
internal sealed class WriteThenReadGuard(IMediator mediator) : ISender
{
    private string? command;

    public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        this.command ??= command?.GetType().Name;
        return mediator.Send(command!, cancellationToken);
    }

    public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        if (command is not null)
        {
            throw new InvalidOperationException(
                $"{query?.GetType().Name} was sent after {command} in the same request: the command must return what its endpoint answers.");
        }

        return mediator.Send(query!, cancellationToken);
    }

    public ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        mediator.Send(request, cancellationToken);

    public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) =>
        mediator.Send(message, cancellationToken);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        mediator.CreateStream(query, cancellationToken);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        mediator.CreateStream(request, cancellationToken);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) =>
        mediator.CreateStream(command, cancellationToken);

    public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) =>
        mediator.CreateStream(message, cancellationToken);
}
