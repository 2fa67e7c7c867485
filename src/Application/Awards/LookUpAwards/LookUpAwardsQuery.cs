using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>
/// Award lookup across people, units and the 2025 mergers, inside the caller's authority, newest year first (keyset
/// pagination); personal data of each recipient shaped for the caller (ADR 0032).
/// </summary>
public sealed record LookUpAwardsQuery(AwardLookupFilter Filter, PageRequest Page) : IQuery<Page<AwardLookupItemDto>>;
