using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.People;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Units.RecordUnitRating;

/// <summary>Records (or corrects) a collective's rating of task completion for a year, by its superior. Returns the unit's ratings, newest first.</summary>
public sealed record RecordUnitRatingCommand(Guid UnitId, int Year, PerformanceRating Rating, DocumentInput? Document) : ICommand<Page<RatingDto>>;
