using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ThiDua.Infrastructure.Persistence.ScaleOut;

/// <summary>Where reads may go: the replica connection string (ADR 0031), when one is configured.</summary>
public sealed class ReadReplica(string connectionString, ReadReplicaOptions options)
{
    public string ConnectionString { get; } = connectionString;

    public ReadReplicaOptions Options { get; } = options;
}

/// <summary>
/// The database a request's EF Core context uses (ADR 0031). Writes and everything outside an HTTP read use the
/// primary (the default). A read (<see cref="RouteReadAsync"/>) opens a connection on the read hosts; when the caller
/// has a read fence (the primary's WAL position after its last write), the connection is kept only once that host has
/// replayed up to the fence (a primary always has), polled for at most <see cref="ReadReplicaOptions.WaitMilliseconds"/>;
/// otherwise the read goes to the primary. So a client always reads its own writes, from any instance.
/// </summary>
public sealed partial class DatabaseRoute(ReadReplica? replica, ILogger<DatabaseRoute> logger) : IAsyncDisposable, IDisposable
{
    private NpgsqlConnection? _connection;

    /// <summary>The open read connection the context must use, or <c>null</c> for the primary's connection string.</summary>
    public DbConnection? Connection => _connection;

    /// <summary>Whether reads may go elsewhere than the primary at all.</summary>
    public bool ReplicaConfigured => replica is not null;

    public async Task RouteReadAsync(NpgsqlLogSequenceNumber? fence, CancellationToken cancellationToken)
    {
        if (replica is null || _connection is not null)
        {
            return;
        }

        var connection = new NpgsqlConnection(replica.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var (standby, caughtUp) = await PositionAsync(connection, fence, cancellationToken);
            if (standby && !caughtUp)
            {
                var waited = Stopwatch.StartNew();
                while (!caughtUp && waited.ElapsedMilliseconds < replica.Options.WaitMilliseconds)
                {
                    await Task.Delay(replica.Options.PollMilliseconds, cancellationToken);
                    (standby, caughtUp) = await PositionAsync(connection, fence, cancellationToken);
                }
            }

            if (!caughtUp)
            {
                LogBehind(logger, fence, replica.Options.WaitMilliseconds);
                await connection.DisposeAsync();
                return;
            }

            _connection = connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // No read host answered (a multi-host string with the primary in it would already have fallen back to it):
            // the primary serves the read, and fails as it would without a replica if it is down too.
            LogUnavailable(logger, e);
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    /// <summary>For scopes disposed synchronously (background work, tests): returns the read connection to its pool.</summary>
    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>Whether the host is a standby, and whether it has replayed up to the fence (always, without one, or on a primary).</summary>
    private static async Task<(bool Standby, bool CaughtUp)> PositionAsync(NpgsqlConnection connection, NpgsqlLogSequenceNumber? fence, CancellationToken cancellationToken)
    {
        if (fence is null)
        {
            return (false, true); // nothing to wait for: no round trip
        }

        await using var command = new NpgsqlCommand(
            "SELECT pg_is_in_recovery(), NOT pg_is_in_recovery() OR coalesce(pg_last_wal_replay_lsn() >= $1, false)", connection);
        command.Parameters.Add(new NpgsqlParameter<NpgsqlLogSequenceNumber> { TypedValue = fence.Value, NpgsqlDbType = NpgsqlDbType.PgLsn });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetBoolean(0), reader.GetBoolean(1));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The standby had not replayed the caller's last write ({Fence}) within {WaitMilliseconds} ms; reading from the primary")]
    private static partial void LogBehind(ILogger logger, NpgsqlLogSequenceNumber? fence, int waitMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No read host answered; reading from the primary")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
