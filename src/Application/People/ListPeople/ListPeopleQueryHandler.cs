using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application.People.ListPeople;

public sealed class ListPeopleQueryHandler(IPersonQueries queries, ICurrentUser user) : IQueryHandler<ListPeopleQuery, Page<PersonSummaryDto>>
{
    public async ValueTask<Page<PersonSummaryDto>> Handle(ListPeopleQuery query, CancellationToken cancellationToken)
    {
        if (query.CitizenId is not null && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Council))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed, "Only an administrator or a council looks people up by citizen id.");
        }

        return await queries.ListAsync(query, cancellationToken);
    }
}
