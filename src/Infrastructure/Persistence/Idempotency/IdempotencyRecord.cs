namespace ThiDua.Infrastructure.Persistence.Idempotency;

/// <summary>
/// A POST sent with an <c>Idempotency-Key</c> (api-guidelines.md, Idempotency; ADR 0008, 0022): the results of the
/// commands it committed, written in each command's own transaction, and its first response, kept so that retries
/// with the same key and body replay it. Keys belong to the caller (token subject) and live 24 hours.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public string Subject { get; set; } = null!;

    public string Key { get; set; } = null!;

    /// <summary>SHA-256 (hex) of method, path and body.</summary>
    public string RequestHash { get; set; } = null!;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Results (JSON) of the commands committed under this key, in order. Written in the same transaction as each
    /// command's changes, so a retry after a crash answers with them instead of running the commands again.
    /// </summary>
    public string[] CommandResults { get; set; } = [];

    /// <summary>
    /// Null until the response is recorded: the first attempt died between its commit and its response, and the next
    /// retry rebuilds the response from <see cref="CommandResults"/>.
    /// </summary>
    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }
}
