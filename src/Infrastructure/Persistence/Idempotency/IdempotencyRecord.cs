namespace ThiDua.Infrastructure.Persistence.Idempotency;

/// <summary>
/// The first response to a POST sent with an <c>Idempotency-Key</c>, kept so that retries with the same key and body
/// replay it (api-guidelines.md, Idempotency). Keys belong to the caller (token subject) and live 24 hours.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public string Subject { get; set; } = null!;

    public string Key { get; set; } = null!;

    /// <summary>SHA-256 (hex) of method, path and body.</summary>
    public string RequestHash { get; set; } = null!;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Null while the first request is still being processed.</summary>
    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }
}
