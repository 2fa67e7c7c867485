using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Documents;
using ThiDua.Application.Documents.ListDocuments;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class DocumentQueries(ThiDuaDbContext db) : IDocumentQueries
{
    public async Task<DocumentDetailsDto?> GetAsync(DocumentId id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document is null ? null : DocumentDetailsDto.From(document);
    }

    public Task<bool> ExistsAsync(DocumentId id, CancellationToken cancellationToken) =>
        db.Documents.AnyAsync(d => d.Id == id, cancellationToken);

    public async Task<Page<DocumentSummaryDto>> ListAsync(ListDocumentsQuery query, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking().MatchingSearch(query.Q);
        if (!string.IsNullOrWhiteSpace(query.AgencyCode))
        {
            var code = AgencyCode.Normalize(query.AgencyCode);
            documents = documents.Where(d => d.Metadata.AgencyCode == code);
        }

        if (query.Type is { } type)
        {
            documents = documents.Where(d => d.Metadata.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Number))
        {
            var number = query.Number.Trim();
            documents = documents.Where(d => d.Metadata.Number == number);
        }

        if (query.IssuedFrom is { } from)
        {
            documents = documents.Where(d => d.Metadata.IssuedOn >= from);
        }

        if (query.IssuedTo is { } to)
        {
            documents = documents.Where(d => d.Metadata.IssuedOn <= to);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterIssued = DateOnly.TryParseExact(after.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : DateOnly.MaxValue;
            var afterId = new DocumentId(after.Id);
            documents = documents.Where(d => EF.Functions.LessThan(ValueTuple.Create(d.Metadata.IssuedOn, d.Id), ValueTuple.Create(afterIssued, afterId)));
        }

        var rows = await documents
            .OrderByDescending(d => d.Metadata.IssuedOn).ThenByDescending(d => d.Id)
            .Take(query.Page.Limit + 1)
            .Select(d => new DocumentSummaryDto(
                d.Id.Value,
                d.Metadata.AgencyCode,
                d.Metadata.AgencyName,
                d.Metadata.Number,
                d.Metadata.Notation,
                d.Metadata.IssuedOn,
                d.Metadata.Type,
                d.Metadata.Subject,
                d.File == null ? null : d.File.Sha256,
                d.File == null ? null : d.File.Size,
                d.SignaturesStatus,
                d.CreatedAt))
            .ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows, query.Page.Limit, d => new KeysetCursor(d.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Id));
    }
}
