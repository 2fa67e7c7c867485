using Npgsql;
using NpgsqlTypes;

namespace ThiDua.Infrastructure.Persistence.ScaleOut;

/// <summary>What the shared store knows of one client key: its requests in the current window, and the primary's WAL
/// position after its last write (<c>null</c> when it never wrote, or the store was emptied by a crash).</summary>
public readonly record struct ClientWindow(int Requests, NpgsqlLogSequenceNumber? WrittenLsn);

/// <summary>
/// The state every API instance shares about a client, in one UNLOGGED table on the primary,
/// <c>thidua.client_windows</c> (ADR 0031): the fixed-window request counter of the rate limits, and the read fence
/// of read-your-writes (the WAL position after the client's last write). One row per client key, changed by one
/// upsert per request; nothing here is worth WAL or survives a crash (a crash empties the table: quotas restart,
/// fences are lost while the standby catches up).
/// </summary>
public sealed class ClientWindowStore(PrimaryDatabase primary)
{
    /// <summary>Counts one request of <paramref name="clientKey"/> in the window starting at <paramref name="windowStart"/>
    /// (Unix seconds); a row of an older window restarts at 1. Returns the count, this request included, and the fence.</summary>
    public async Task<ClientWindow> CountAsync(string clientKey, long windowStart, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO thidua.client_windows AS w (client_key, window_start, requests)
            VALUES ($1, $2, 1)
            ON CONFLICT (client_key) DO UPDATE
              SET requests = CASE WHEN w.window_start >= excluded.window_start THEN w.requests + 1 ELSE 1 END,
                  window_start = GREATEST(w.window_start, excluded.window_start)
            RETURNING requests, written_lsn
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = clientKey });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = windowStart });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ClientWindow(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<NpgsqlLogSequenceNumber>(1));
    }

    /// <summary>The client's read fence, for a read that was not counted (rate limits off).</summary>
    public async Task<NpgsqlLogSequenceNumber?> FenceAsync(string clientKey, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT written_lsn FROM thidua.client_windows WHERE client_key = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = clientKey });
        return await command.ExecuteScalarAsync(cancellationToken) is NpgsqlLogSequenceNumber lsn ? lsn : null;
    }

    /// <summary>
    /// Records that the client has written: its fence becomes the primary's current WAL position, which is at or after
    /// the commit of every transaction the client's request committed (it runs after them). Returns the fence.
    /// </summary>
    public async Task<NpgsqlLogSequenceNumber> MarkWrittenAsync(string clientKey, long windowStart, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO thidua.client_windows AS w (client_key, window_start, requests, written_lsn)
            VALUES ($1, $2, 0, pg_current_wal_insert_lsn())
            ON CONFLICT (client_key) DO UPDATE SET written_lsn = pg_current_wal_insert_lsn()
            RETURNING written_lsn
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = clientKey });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = windowStart });
        return (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Deletes the rows of windows that ended before <paramref name="before"/> (Unix seconds). A fence older
    /// than that is long replayed on any healthy standby.</summary>
    public async Task<int> PurgeAsync(long before, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM thidua.client_windows WHERE window_start < $1", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = before });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
