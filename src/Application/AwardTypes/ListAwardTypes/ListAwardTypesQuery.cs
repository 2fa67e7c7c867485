using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.AwardTypes.ListAwardTypes;

/// <summary>The award catalogue by code, optionally of one recipient kind, with the rules in force on <c>On</c> (default: today in Vietnam).</summary>
public sealed record ListAwardTypesQuery(RecipientKind? RecipientKind, DateOnly? On, PageRequest Page) : IQuery<Page<AwardTypeDto>>;
