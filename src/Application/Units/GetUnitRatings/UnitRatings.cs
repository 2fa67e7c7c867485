using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.GetUnitRatings;

/// <summary>A unit's yearly ratings as the API shows them, newest first (read by the query and returned by the command that records one).</summary>
public static class UnitRatings
{
    public static Page<RatingDto> Of(OrganisationUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new Page<RatingDto>(
            unit.Ratings.OrderByDescending(r => r.Year).Select(r => new RatingDto(r.Year, r.Rating, DocumentDto.From(r.Document))).ToList(), null);
    }
}
