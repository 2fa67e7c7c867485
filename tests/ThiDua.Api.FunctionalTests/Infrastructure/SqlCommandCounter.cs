using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Counts the SQL commands the API sends while serving a request that carries <see cref="Header"/> (issue 13: no
/// N+1 in the main reads). Requests without the header, and background work, are not counted. EF Core's commands are
/// seen by this interceptor, the hand-written reads' (ADR 0035) as their observer, both with their parameters.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor, ThiDua.Infrastructure.Persistence.Queries.IReadCommandObserver
{
    public const string Header = "X-Test-Sql-Count";

    private static readonly HttpContextAccessor Requests = new();

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new(StringComparer.Ordinal);

    internal IHttpContextAccessor? Accessor { get; set; }

    /// <summary>
    /// While set, the commands sent outside any request (background work, such as the import worker) are counted under this
    /// tag. Functional tests run one at a time, so what is counted is the test's own background work.
    /// </summary>
    public string? BackgroundTag { get; set; }

    private readonly ConcurrentDictionary<string, ConcurrentQueue<CapturedCommand>> _captured = new(StringComparer.Ordinal);

    /// <summary>The commands sent for the request tagged <paramref name="tag"/>, in order.</summary>
    public IReadOnlyList<string> For(string tag) => _commands.TryGetValue(tag, out var commands) ? commands.ToList() : [];

    /// <summary>The commands sent for the request tagged <paramref name="tag"/>, with their parameters (plan tests).</summary>
    public IReadOnlyList<CapturedCommand> WithParametersFor(string tag) => _captured.TryGetValue(tag, out var commands) ? commands.ToList() : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public void Executing(DbCommand command) => Record(command);

    private void Record(DbCommand command)
    {
        // Background work has no context, or (the import worker, acting as the import's caller) one that is no request.
        var context = (Accessor ?? Requests).HttpContext;
        if ((context is null || !context.Request.Path.HasValue ? BackgroundTag : context.Request.Headers[Header].ToString()) is { Length: > 0 } tag)
        {
            _commands.GetOrAdd(tag, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
            _captured.GetOrAdd(tag, _ => new ConcurrentQueue<CapturedCommand>()).Enqueue(new CapturedCommand(
                command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        }
    }
}

/// <summary>A command as the API sent it: its text and its parameters by name.</summary>
public sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
