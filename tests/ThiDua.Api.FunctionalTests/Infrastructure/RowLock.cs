using Npgsql;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Orders concurrent requests without timeouts: the test holds a row <c>FOR UPDATE</c>, starts the requests one by
/// one, waits until each is queued on a lock (PostgreSQL grants row locks in queue order), then releases. No request
/// waits longer than it takes the others to arrive.
/// </summary>
public sealed class RowLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly string _connectionString;
    private NpgsqlTransaction? _transaction;

    private RowLock(NpgsqlConnection connection, string connectionString) => (_connection, _connectionString) = (connection, connectionString);

    /// <summary>Locks the row <paramref name="id"/> of <c>thidua.campaigns</c>, <c>thidua.covenants</c>, ….</summary>
    public static async Task<RowLock> AcquireAsync(string connectionString, LockedTable table, Guid id, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var rowLock = new RowLock(connection, connectionString);
        rowLock._transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = table switch
        {
            LockedTable.Campaigns => "SELECT 1 FROM thidua.campaigns WHERE id = @id FOR UPDATE",
            LockedTable.Covenants => "SELECT 1 FROM thidua.covenants WHERE id = @id FOR UPDATE",
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
        await using var command = new NpgsqlCommand(sql, connection, rowLock._transaction);
        command.Parameters.AddWithValue("id", id);
        (await command.ExecuteScalarAsync(cancellationToken)).ShouldNotBeNull($"no row {id} to lock");
        return rowLock;
    }

    /// <summary>Waits until <paramref name="count"/> sessions of this database wait for a lock.</summary>
    public async Task WaitForWaitersAsync(int count, CancellationToken cancellationToken)
    {
        await using var probe = new NpgsqlConnection(_connectionString);
        await probe.OpenAsync(cancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", probe);
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! >= count)
            {
                return;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"fewer than {count} requests reached the lock");
            await Task.Delay(20, cancellationToken);
        }
    }

    public async Task ReleaseAsync()
    {
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>Tables whose rows a test may hold with <see cref="RowLock"/>.</summary>
public enum LockedTable
{
    Campaigns = 1,
    Covenants = 2,
}
