using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.ListCovenants;

/// <summary>Covenants, newest year first (then newest first within a year); <c>Q</c> searches titles ignoring case and diacritics.</summary>
public sealed record ListCovenantsQuery(string? Q, Guid? ClusterId, int? Year, CovenantStatus? Status, PageRequest Page)
    : IQuery<Page<CovenantSummaryDto>>;
