using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Holds a command inside its transaction: when armed, the next SaveChanges reports its PostgreSQL backend (so that a
/// test can kill it) and waits until released. The session sits "idle in transaction" meanwhile, as it would if the
/// API hung or lost its network mid-command.
/// </summary>
public sealed class SavePause : SaveChangesInterceptor
{
    private TaskCompletionSource<int>? _reached;
    private TaskCompletionSource? _release;

    /// <summary>Arms the pause; the task completes with the paused request's backend process id.</summary>
    public Task<int> Arm()
    {
        _reached = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _reached.Task;
    }

    public void Release()
    {
        _reached = null;
        _release?.TrySetResult();
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reached, null) is { } reached && _release is { } release && eventData.Context is { } context)
        {
            reached.TrySetResult(((NpgsqlConnection)context.Database.GetDbConnection()).ProcessID);
            await release.Task.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }

        return result;
    }
}
