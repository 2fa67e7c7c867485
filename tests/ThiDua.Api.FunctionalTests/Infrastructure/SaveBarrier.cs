using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Makes a race deterministic: when armed for N participants, each SaveChanges waits until N requests have loaded
/// their aggregate and reached the save, then all write at once. Exactly one wins; the others meet a changed xmin.
/// </summary>
public sealed class SaveBarrier : SaveChangesInterceptor
{
    private Barrier? _barrier;

    public void Arm(int participants) => _barrier = new Barrier(participants);

    public void Disarm() => _barrier = null;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (_barrier is { } barrier)
        {
            await Task.Run(() => barrier.SignalAndWait(TimeSpan.FromSeconds(10)), cancellationToken);
        }

        return result;
    }
}
