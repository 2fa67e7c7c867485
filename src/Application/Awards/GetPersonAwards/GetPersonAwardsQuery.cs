using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Awards.GetPersonAwards;

/// <summary>A person's full award history (one page: a career holds a few dozen awards at most).</summary>
public sealed record GetPersonAwardsQuery(Guid PersonId) : IQuery<Page<AwardRecordDto>>;
