using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.People.ListPeople;

/// <summary>
/// People by name (<c>Q</c>, ignoring case and diacritics), current unit, or citizen id (admin and council only, since
/// the id is personal data).
/// </summary>
public sealed record ListPeopleQuery(string? Q, Guid? UnitId, string? CitizenId, PageRequest Page) : IQuery<Page<PersonSummaryDto>>;
