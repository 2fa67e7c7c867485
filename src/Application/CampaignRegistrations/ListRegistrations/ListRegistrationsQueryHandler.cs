using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.CampaignRegistrations.ListRegistrations;

public sealed class ListRegistrationsQueryHandler(IRegistrationQueries queries) : IQueryHandler<ListRegistrationsQuery, Page<RegistrationSummaryDto>>
{
    public async ValueTask<Page<RegistrationSummaryDto>> Handle(ListRegistrationsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken) ?? throw new NotFoundException("Campaign", query.CampaignId);
}
