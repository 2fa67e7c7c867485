using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Simulates the API dying between a command's commit and its response: when armed, the next commit succeeds in
/// PostgreSQL and then the request fails, so no response is ever recorded for it.
/// </summary>
public sealed class CommitFault : DbTransactionInterceptor
{
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public void Disarm() => Interlocked.Exchange(ref _armed, 0);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Interlocked.Exchange(ref _armed, 0) == 1
            ? throw new SimulatedCrashException()
            : Task.CompletedTask;
}

/// <summary>The failure <see cref="CommitFault"/> injects after a commit.</summary>
public sealed class SimulatedCrashException() : Exception("Simulated crash between commit and response.");
