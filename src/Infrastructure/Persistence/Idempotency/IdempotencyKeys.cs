using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Idempotency;

namespace ThiDua.Infrastructure.Persistence.Idempotency;

/// <summary>
/// The key's part of a command's transaction (ADR 0022). At the start, the transaction takes the key's advisory lock
/// (held until commit or rollback, released by PostgreSQL if the session dies) and checks that the key is still as
/// this attempt saw it. Before commit, it writes the key with the command's result. A key row therefore exists only
/// when a command under it committed, and "in progress" is nothing more than a live transaction holding the lock.
/// </summary>
internal static class IdempotencyKeys
{
    public static async Task ClaimAsync(DbContext db, IdempotentRequest request, CancellationToken cancellationToken)
    {
        request.ClearPendingResult();
        if (!request.NextCommandRuns)
        {
            return;
        }

        var timeout = $"{Math.Max(1, (long)request.AbandonedTransactionTimeout.TotalMilliseconds)}ms";
        var locked = await db.Database.SqlQuery<bool>(
            $"""
            SELECT set_config('idle_in_transaction_session_timeout', {timeout}, true) IS NOT NULL
                AND pg_try_advisory_xact_lock(hashtext('thidua.idempotency:' || {request.Subject}), hashtext({request.Key})) AS "Value"
            """).SingleAsync(cancellationToken);
        if (!locked)
        {
            throw Lost(request);
        }

        var committed = await db.Database.SqlQuery<int>(
            $"""
            SELECT cardinality(command_results) AS "Value" FROM thidua.idempotency_records
            WHERE subject = {request.Subject} AND key = {request.Key}
            """).ToListAsync(cancellationToken);
        var rowExpected = request.KeyExisted || request.CommittedHere;
        var asSeen = rowExpected
            ? committed.Count == 1 && committed[0] == request.CommittedResults.Count
            : committed.Count == 0;
        if (!asSeen)
        {
            throw Lost(request);
        }
    }

    public static async Task RecordAsync(DbContext db, IdempotentRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = request.PendingResult!;
        if (request.KeyExisted || request.CommittedHere)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE thidua.idempotency_records SET command_results = array_append(command_results, {result})
                WHERE subject = {request.Subject} AND key = {request.Key}
                """,
                cancellationToken);
            return;
        }

        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO thidua.idempotency_records (subject, key, request_hash, created_at, command_results)
            VALUES ({request.Subject}, {request.Key}, {request.RequestHash}, {now}, ARRAY[{result}])
            """,
            cancellationToken);
    }

    private static ConflictException Lost(IdempotentRequest request)
    {
        request.MarkLost();
        return new ConflictException(IdempotentRequest.InProgress, IdempotentRequest.InProgress.Message);
    }
}
