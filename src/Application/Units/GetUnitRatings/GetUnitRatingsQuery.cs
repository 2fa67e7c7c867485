using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.People;

namespace ThiDua.Application.Units.GetUnitRatings;

/// <summary>A unit's yearly ratings, newest first (one page: one per year).</summary>
public sealed record GetUnitRatingsQuery(Guid UnitId) : IQuery<Page<RatingDto>>;
