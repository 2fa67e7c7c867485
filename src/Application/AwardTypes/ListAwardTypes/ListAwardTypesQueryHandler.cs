using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Application.AwardTypes.ListAwardTypes;

/// <summary>The catalogue is reference data in the Domain (a few dozen entries), paged by code like any list.</summary>
public sealed class ListAwardTypesQueryHandler(TimeProvider clock) : IQueryHandler<ListAwardTypesQuery, Page<AwardTypeDto>>
{
    public ValueTask<Page<AwardTypeDto>> Handle(ListAwardTypesQuery query, CancellationToken cancellationToken)
    {
        var on = query.On ?? LegalCalendar.DateInVietnam(clock.GetUtcNow());
        var after = KeysetCursor.Decode(query.Page.Cursor)?.Key;
        var rows = AwardCatalogue.All
            .Where(a => query.RecipientKind is null || a.RecipientKind == query.RecipientKind)
            .Where(a => after is null || string.CompareOrdinal(a.Code, after) > 0)
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .Take(query.Page.Limit + 1)
            .Select(a => AwardTypeDto.Of(a, on))
            .ToList();
        return ValueTask.FromResult(KeysetCursor.ToPage(rows, query.Page.Limit, a => new KeysetCursor(a.Code, Guid.Empty)));
    }
}
