using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Audit;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Infrastructure.Persistence.Audit;

/// <summary>
/// Writes an audited read as one row of the audit table, in a statement of its own (a query runs outside any command
/// transaction, so the row stays even when the read is then refused). <c>changes</c> is empty: nothing changed.
/// </summary>
internal sealed class ReadAudit(ThiDuaDbContext db, ICurrentUser user, TimeProvider clock) : IReadAudit
{
    private const string NoChanges = "{}";

    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(AuditedRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var state = JsonSerializer.Serialize(read.State, StateJson);
        var subject = user.Subject;
        var displayName = user.DisplayName;
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO thidua.audit_entries (occurred_at, subject, display_name, operation, resource_type, resource_id, action, changes, state)
            VALUES ({now}, {subject}, {displayName}, {read.Operation}, {read.ResourceType}, {read.ResourceId}, {AuditedRead.Action}, CAST({NoChanges} AS jsonb), CAST({state} AS jsonb))
            """,
            cancellationToken);
    }
}
