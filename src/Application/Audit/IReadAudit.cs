namespace ThiDua.Application.Audit;

/// <summary>
/// Appends to the audit log (<c>thidua.audit_entries</c>, the same append-only table the changes go to) a read of
/// personal data that must be accountable: who asked, when, what for and what was answered (Nghị định 13/2023/NĐ-CP,
/// Điều 27 and 28: the controller logs the processing of personal data). Entries are written at once, whatever the
/// answer, refused reads included; the caller sees none of them.
/// </summary>
public interface IReadAudit
{
    Task RecordAsync(AuditedRead read, CancellationToken cancellationToken);
}

/// <summary>
/// One audited read: the operation (use case name), the resource type and id (the person found, or
/// <see cref="Guid.Empty"/> when none was answered), and what was asked and answered (<paramref name="State"/>, written
/// as the entry's state; it holds no more personal data than the masked value asked for).
/// </summary>
public sealed record AuditedRead(string Operation, string ResourceType, Guid ResourceId, IReadOnlyDictionary<string, object?> State)
{
    /// <summary>The entry's action.</summary>
    public const string Action = "read";
}
