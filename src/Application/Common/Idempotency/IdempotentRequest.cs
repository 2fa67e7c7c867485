using System.Text.Json;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> of the current HTTP request, if it has one, and the results of the commands it has
/// committed (ADR 0022). The Api layer starts it; the unit of work writes the key in each command's own transaction,
/// together with the command's result; <see cref="Behaviors.IdempotencyBehavior{TMessage, TResponse}"/> answers a
/// command that a crashed earlier attempt already committed with that attempt's result, without running it again.
/// Outside a keyed request (queries, the CLI, requests without the header) it is inactive and changes nothing.
/// </summary>
public sealed class IdempotentRequest
{
    /// <summary>Another attempt with the same key is still running (its transaction holds the key): retry later.</summary>
    public static readonly DomainError InProgress =
        DomainError.Conflict("idempotency_request_in_progress", "A request with this idempotency key is still being processed; retry later.");

    private static readonly JsonSerializerOptions ResultJson = new(JsonSerializerDefaults.General);

    private List<string> _committed = [];

    /// <summary>True while a POST with an <c>Idempotency-Key</c> is being processed in this scope.</summary>
    public bool IsActive { get; private set; }

    public string Subject { get; private set; } = "";

    public string Key { get; private set; } = "";

    public string RequestHash { get; private set; } = "";

    /// <summary>
    /// How long the key's transaction may sit idle (the API waiting, hung or gone) before PostgreSQL ends it and
    /// releases the key: a dead attempt never keeps a key "in progress".
    /// </summary>
    public TimeSpan AbandonedTransactionTimeout { get; private set; }

    /// <summary>True when the key's row existed before this attempt (a retry recovering a committed attempt).</summary>
    public bool KeyExisted { get; private set; }

    /// <summary>Results (JSON) of this key's committed commands, in the order the endpoint sent them.</summary>
    public IReadOnlyList<string> CommittedResults => _committed;

    /// <summary>How many of the endpoint's commands have been answered so far in this attempt (replayed or committed).</summary>
    public int Position { get; private set; }

    /// <summary>The result of the command now in its transaction, written with the key before commit.</summary>
    public string? PendingResult { get; private set; }

    /// <summary>True when this attempt committed at least one command (so the key's row exists and is this request's).</summary>
    public bool CommittedHere { get; private set; }

    /// <summary>
    /// Set when this attempt found, inside its transaction, that another attempt holds or has just committed the key;
    /// the Api layer then answers from the key's state instead of from this attempt.
    /// </summary>
    public bool LostToAnotherAttempt { get; private set; }

    /// <summary>Whether the next command still has to run (true), or was committed by an earlier attempt (false).</summary>
    public bool NextCommandRuns => !IsActive || Position >= _committed.Count;

    public void Start(string subject, string key, string requestHash, IReadOnlyList<string>? committedResults, TimeSpan abandonedTransactionTimeout)
    {
        IsActive = true;
        Subject = subject;
        Key = key;
        RequestHash = requestHash;
        KeyExisted = committedResults is not null;
        _committed = committedResults is null ? [] : [.. committedResults];
        AbandonedTransactionTimeout = abandonedTransactionTimeout;
        Position = 0;
        PendingResult = null;
        CommittedHere = false;
        LostToAnotherAttempt = false;
    }

    /// <summary>The earlier attempt's result for the next command, if that command was already committed.</summary>
    public bool TryReplayNext<TResponse>(out TResponse response)
    {
        if (NextCommandRuns)
        {
            response = default!;
            return false;
        }

        response = JsonSerializer.Deserialize<TResponse>(_committed[Position], ResultJson)!;
        Position++;
        return true;
    }

    /// <summary>Keeps the running command's result until its transaction writes it.</summary>
    public void SetPendingResult<TResponse>(TResponse response)
    {
        if (IsActive)
        {
            PendingResult = JsonSerializer.Serialize(response, ResultJson);
        }
    }

    /// <summary>A new command transaction begins: nothing is pending yet.</summary>
    public void ClearPendingResult() => PendingResult = null;

    /// <summary>The pending result was committed together with the command's changes.</summary>
    public void MarkCommitted()
    {
        if (PendingResult is null)
        {
            return;
        }

        _committed.Add(PendingResult);
        PendingResult = null;
        Position++;
        CommittedHere = true;
    }

    public void MarkLost() => LostToAnotherAttempt = true;
}
