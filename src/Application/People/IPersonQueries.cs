using ThiDua.Application.Common.Paging;
using ThiDua.Application.People.ListPeople;
using ThiDua.Domain.People;

namespace ThiDua.Application.People;

/// <summary>Read side of people (implemented in Infrastructure); personal data is masked by the query handlers.</summary>
public interface IPersonQueries
{
    Task<PersonDto?> GetAsync(PersonId id, CancellationToken cancellationToken);

    Task<Page<PersonSummaryDto>> ListAsync(ListPeopleQuery query, CancellationToken cancellationToken);
}
