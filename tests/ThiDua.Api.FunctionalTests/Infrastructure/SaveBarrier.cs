using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Makes a race deterministic: when armed for N participants, each SaveChanges waits until N requests have loaded
/// their aggregate and reached the save, then all write at once. Exactly one wins; the others meet a changed xmin.
/// </summary>
public sealed class SaveBarrier : SaveChangesInterceptor
{
    private Barrier? _barrier;
    private TimeSpan _timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Arms the barrier. When the code under test serialises the requests itself (row locks), the later request
    /// cannot reach the save; the earlier one then goes on alone after <paramref name="timeout"/>.
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
        if (_barrier is { } barrier)
        {
            await Task.Run(() => barrier.SignalAndWait(_timeout), cancellationToken);
        }

        return result;
    }
}
