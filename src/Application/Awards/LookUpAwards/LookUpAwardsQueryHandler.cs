using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Awards.LookUpAwards;

public sealed class LookUpAwardsQueryHandler(AwardLookupAccess access, IAwardLookupQueries queries) : IQueryHandler<LookUpAwardsQuery, Page<AwardLookupItemDto>>
{
    public async ValueTask<Page<AwardLookupItemDto>> Handle(LookUpAwardsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = PositionOf(query.Page.Cursor);
        var scope = await access.ScopeForAsync(query.Filter, cancellationToken);
        var rows = await queries.FindAsync(scope, query.Filter, after, query.Page.Limit + 1, cancellationToken);
        return KeysetCursor.ToPage(
            rows.Select(AwardLookupView.Shape).ToList(),
            query.Page.Limit,
            a => new KeysetCursor(string.Create(CultureInfo.InvariantCulture, $"{a.Year}|{a.Decision.Date:yyyy-MM-dd}"), a.Id));
    }

    /// <summary>The position a cursor of this lookup encodes; any other cursor is an input error (400 on <c>cursor</c>).</summary>
    private static AwardLookupPosition? PositionOf(string? cursor)
    {
        if (KeysetCursor.Decode(cursor) is not { } decoded)
        {
            return null;
        }

        var parts = decoded.Key.Split('|');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new AwardLookupPosition(year, date, decoded.Id);
        }

        var message = new LocalizedText(
            "Con trỏ phân trang (cursor) không thuộc kết quả tra cứu khen thưởng. Hãy dùng giá trị nextCursor của trang trước.",
            "The cursor does not belong to the award lookup. Use the nextCursor of a previous page.");
        throw new ValidationException([new ValidationFailure("cursor", message.Current)]);
    }
}
