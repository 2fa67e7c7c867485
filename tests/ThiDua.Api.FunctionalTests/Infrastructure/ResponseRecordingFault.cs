using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Simulates the database failing after a command committed, while the API records the response for its idempotency
/// key: when armed, the next statement that writes a response into <c>idempotency_records</c> fails.
/// </summary>
public sealed class ResponseRecordingFault : DbCommandInterceptor
{
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public void Disarm() => Interlocked.Exchange(ref _armed, 0);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.CommandText.Contains("idempotency_records", StringComparison.Ordinal)
            && command.CommandText.Contains("status_code", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _armed, 0) == 1
            ? throw new SimulatedDatabaseFailureException()
            : ValueTask.FromResult(result);
    }
}

/// <summary>The failure <see cref="ResponseRecordingFault"/> injects.</summary>
public sealed class SimulatedDatabaseFailureException() : DbException("Simulated database failure while recording a response.");
