using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.ListUnits;

/// <summary>
/// Units ordered by code, keyset-paginated. <c>Q</c> matches code, name and short name, ignoring case and
/// Vietnamese diacritics (<c>duc</c> finds <c>Đức</c>); it also finds a unit by its electronic identifier code. With
/// <c>Q</c> the order is by relevance: a field starting with it, a word starting with it, then (bounded) containing it
/// (ADR 0030). <c>AgencyCode</c> filters on that code exactly.
/// </summary>
public sealed record ListUnitsQuery(
    string? Q,
    UnitKind? Kind,
    UnitStatus? Status,
    Guid? ParentId,
    string? Province,
    PageRequest Page,
    string? AgencyCode = null) : IQuery<Page<UnitSummaryDto>>;
