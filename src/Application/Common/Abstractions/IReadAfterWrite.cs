namespace ThiDua.Application.Common.Abstractions;

/// <summary>
/// How a command returns what its endpoint answers (issue 16 part 5, ADR 0004): after changing its aggregates, the
/// handler reads the written state through a query service inside its own transaction, so the endpoint makes no second
/// trip through the mediator and the answer is exactly what this command committed (its version included).
/// <see cref="ReadAsync{T}"/> writes the pending changes (domain events dispatched, audit appended) without committing;
/// the unit of work still commits or rolls back everything after the handler returns.
/// </summary>
public interface IReadAfterWrite
{
    /// <summary>Writes the command's pending changes and runs <paramref name="read"/>; the row just written must be found.</summary>
    Task<T> ReadAsync<T>(Func<CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class;
}
