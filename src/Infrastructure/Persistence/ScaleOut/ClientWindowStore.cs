using Npgsql;
using NpgsqlTypes;
using ThiDua.Infrastructure.Persistence.Queries;

namespace ThiDua.Infrastructure.Persistence.ScaleOut;

/// <summary>What one lease of rate-limit permits obtained (ADR 0039): <see cref="Granted"/> permits for the instance to
/// serve from memory (0 when the client's window budget is spent), <see cref="Remaining"/> permits that no instance holds
/// yet after this lease, and the client's read fence: the primary's WAL position after its last write (<c>null</c> when
/// it never wrote, or the store was emptied by a crash).</summary>
public readonly record struct PermitLease(int Granted, int Remaining, NpgsqlLogSequenceNumber? WrittenLsn);

/// <summary>
/// The state every API instance shares about a client, in one UNLOGGED table on the primary,
/// <c>thidua.client_windows</c> (ADR 0031, 0039): the fixed-window budget of the rate limits, handed out to instances in
/// leased slices (<see cref="PermitLeases"/>), and the read fence of read-your-writes (the WAL position after the
/// client's last write). One row per client key; nothing here is worth WAL or survives a crash (a crash empties the
/// table: quotas restart, fences are lost while the standby catches up).
/// </summary>
public sealed class ClientWindowStore(PrimaryDatabase primary, IReadCommandObserver? observer = null)
{
    /// <summary>The permits already handed out in the request's window: those of an older window count as none.</summary>
    private const string Used = "(CASE WHEN w.window_start >= excluded.window_start THEN w.requests ELSE 0 END)";

    /// <summary>The lease of <see cref="PermitLeases.Slice"/> in SQL; $3 is the quota, $4 the largest slice, $5 the divisor.</summary>
    private static readonly string LeaseSql =
        $"""
        INSERT INTO thidua.client_windows AS w (client_key, window_start, requests, granted)
        VALUES ($1, $2, {Slice("0")}, {Slice("0")})
        ON CONFLICT (client_key) DO UPDATE
          SET granted = {Slice(Used)},
              requests = {Used} + {Slice(Used)},
              window_start = GREATEST(w.window_start, excluded.window_start)
        RETURNING granted, requests, written_lsn
        """;

    /// <summary>
    /// Leases permits of <paramref name="clientKey"/>'s window starting at <paramref name="windowStart"/> (Unix seconds)
    /// for a quota of <paramref name="limit"/>: one statement, under the row's lock, so that concurrent leases of every
    /// instance never hand out more than the quota. A row of an older window restarts from none handed out.
    /// </summary>
    public async Task<PermitLease> LeaseAsync(string clientKey, long windowStart, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(LeaseSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = clientKey });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = windowStart });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PermitLeases.MaxSliceFor(limit) });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PermitLeases.Divisor });
        observer?.Executing(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PermitLease(
            reader.GetInt32(0),
            Math.Max(0, limit - reader.GetInt32(1)),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<NpgsqlLogSequenceNumber>(2));
    }

    /// <summary>The client's read fence, for a read that did not lease permits (served from a leased slice, or rate
    /// limits off): one primary-key lookup.</summary>
    public async Task<NpgsqlLogSequenceNumber?> FenceAsync(string clientKey, CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT written_lsn FROM thidua.client_windows WHERE client_key = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = clientKey });
        observer?.Executing(command);
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
        observer?.Executing(command);
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

    /// <summary><see cref="PermitLeases.Slice"/> of what is left once <paramref name="used"/> permits are handed out.</summary>
    private static string Slice(string used) => $"LEAST(GREATEST(GREATEST($3 - {used}, 0) / $5, 1), $4, GREATEST($3 - {used}, 0))";
}
