using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.ListDocuments;

/// <summary>
/// Documents, newest issued first (then newest stored), keyset-paginated. <c>Q</c> matches the subject, number, notation
/// and agency name, ignoring case and Vietnamese diacritics.
/// </summary>
public sealed record ListDocumentsQuery(
    string? Q,
    string? AgencyCode,
    DocumentType? Type,
    string? Number,
    DateOnly? IssuedFrom,
    DateOnly? IssuedTo,
    PageRequest Page) : IQuery<Page<DocumentSummaryDto>>;
