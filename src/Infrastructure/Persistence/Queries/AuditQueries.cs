using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Audit.ListAuditEntries;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class AuditQueries(ThiDuaDbContext db) : IAuditQueries
{
    public async Task<Page<AuditEntryDto>> ListAsync(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.ResourceId is { } resourceId)
        {
            entries = entries.Where(e => e.ResourceId == resourceId);
        }

        if (!string.IsNullOrWhiteSpace(query.ResourceType))
        {
            entries = entries.Where(e => e.ResourceType == query.ResourceType);
        }

        if (query.RecordedAs is { } mode)
        {
            var recordedAs = mode == RecordingMode.History ? "history" : "live";
            entries = entries.Where(e => e.RecordedAs == recordedAs);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterId = long.TryParse(after.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            entries = entries.Where(e => e.Id < afterId);
        }

        var rows = await entries.OrderByDescending(e => e.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        var items = rows.Select(e => new AuditEntryDto(
            e.Id, e.OccurredAt, e.Subject, e.DisplayName, e.Operation, e.ResourceType, e.ResourceId, e.Action,
            e.Changes.RootElement.Clone(), e.State.RootElement.Clone(),
            e.RecordedAs == "history" ? RecordingMode.History : RecordingMode.Live,
            e.HistoricalOccurredOn is { } on
                ? new AuditHistoricalDto(on, new DocumentDto(e.HistoricalSourceNumber!, e.HistoricalSourceDate!.Value, e.HistoricalSourceIssuer))
                : null)).ToList();
        return KeysetCursor.ToPage(items, query.Page.Limit, e => new KeysetCursor(e.Id.ToString(CultureInfo.InvariantCulture), Guid.Empty));
    }
}
