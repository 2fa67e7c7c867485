using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Awards.GetUnitAwards;

/// <summary>A unit's collective award history, including the units merged into it (lineage), in one page.</summary>
public sealed record GetUnitAwardsQuery(Guid UnitId) : IQuery<Page<AwardRecordDto>>;
