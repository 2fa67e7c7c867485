using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Makes a race deterministic: when armed for N participants, each SaveChanges waits until N requests have loaded
/// their aggregate and reached the save, then all write at once. Exactly one wins; the others meet a changed xmin.
/// When the code under test serialises the requests itself (declared row locks), a later request is queued on a lock
/// this one holds and can never reach the save: the waiting request sees that in <c>pg_stat_activity</c> and goes on
/// at once, so no test waits for the timeout.
/// </summary>
public sealed class SaveBarrier(Func<string> connectionString) : SaveChangesInterceptor
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    private Barrier? _barrier;
    private TimeSpan _timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Arms the barrier. A request that waits longer than <paramref name="timeout"/> for the others goes on alone;
    /// one that holds a lock another request is queued on goes on at once.
    /// </summary>
    public void Arm(int participants, TimeSpan? timeout = null)
    {
        _timeout = timeout ?? TimeSpan.FromSeconds(10);
        _barrier = new Barrier(participants);
    }

    public void Disarm() => _barrier = null;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (_barrier is { } barrier && eventData.Context is { } context)
        {
            await WaitAsync(barrier, context, cancellationToken);
        }

        return result;
    }

    private async Task WaitAsync(Barrier barrier, DbContext context, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        int? backend = connection.State == System.Data.ConnectionState.Open ? connection.ProcessID : null;
        var deadline = DateTime.UtcNow + _timeout;
        await using var probe = new NpgsqlConnection(connectionString());
        while (DateTime.UtcNow < deadline)
        {
            // A timed-out SignalAndWait withdraws its signal, so signalling again on the next turn is safe.
            if (await Task.Run(() => barrier.SignalAndWait(Poll), cancellationToken))
            {
                return;
            }

            if (backend is { } pid && await BlocksAnotherSessionAsync(probe, pid, cancellationToken))
            {
                return;
            }
        }
    }

    private static async Task<bool> BlocksAnotherSessionAsync(NpgsqlConnection probe, int backend, CancellationToken cancellationToken)
    {
        if (probe.State != System.Data.ConnectionState.Open)
        {
            await probe.OpenAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' " +
            "AND @backend = ANY (pg_blocking_pids(pid))", probe);
        command.Parameters.AddWithValue("backend", backend);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }
}
