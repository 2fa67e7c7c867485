using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using ThiDua.Infrastructure.Persistence.ScaleOut;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// Where the hottest reads run their hand-written SQL (issue 13 target 1, ADR 0035): on the same database and in the same
/// transaction as the request's EF Core context would. Inside a command (a read after write, ADR 0024) that is the
/// context's own connection and transaction, so the read sees the command's uncommitted changes; on a read routed to a
/// replica (ADR 0031) the route's open connection; otherwise a connection of the primary's pool (the same pool as the
/// context's: same connection string). Outside a command the context is not even created, which spares a read the cost
/// of its options and internal services.
/// </summary>
internal sealed class ReadCommands(CommandScope command, DatabaseRoute route, PrimaryDatabase primary, IReadCommandObserver? observer = null)
{
    public async Task<Lease> OpenAsync(CancellationToken cancellationToken)
    {
        if (command.Context?.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction transaction)
        {
            return new Lease(transaction.Connection!, transaction, owned: false, observer);
        }

        if (route.Connection is NpgsqlConnection routed)
        {
            return new Lease(routed, null, owned: false, observer);
        }

        return new Lease(await primary.OpenAsync(cancellationToken), null, owned: true, observer);
    }

    /// <summary>A connection to run read commands on; disposing it returns a pooled connection to the pool.</summary>
    internal sealed class Lease(NpgsqlConnection connection, NpgsqlTransaction? transaction, bool owned, IReadCommandObserver? observer) : IAsyncDisposable
    {
        public NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

        public Task<NpgsqlDataReader> ExecuteReaderAsync(NpgsqlCommand command, CommandBehavior behavior, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            observer?.Executing(command);
            return command.ExecuteReaderAsync(behavior, cancellationToken);
        }

        public ValueTask DisposeAsync() => owned ? connection.DisposeAsync() : ValueTask.CompletedTask;
    }
}

/// <summary>The request's command, once its unit of work has begun (<see cref="ThiDuaDbContext.BeginAsync"/>).</summary>
public sealed class CommandScope
{
    internal ThiDuaDbContext? Context { get; private set; }

    internal void Began(ThiDuaDbContext context) => Context = context;
}

/// <summary>
/// Sees each hand-written read command just before it is sent, as EF Core's command interceptors see EF Core's own
/// (the tests count and explain both). Not registered in production.
/// </summary>
public interface IReadCommandObserver
{
    void Executing(DbCommand command);
}
