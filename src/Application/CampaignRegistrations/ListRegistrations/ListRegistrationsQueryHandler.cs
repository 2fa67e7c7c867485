using Mediator;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.CampaignRegistrations.ListRegistrations;

public sealed class ListRegistrationsQueryHandler(IRegistrationQueries queries) : IQueryHandler<ListRegistrationsQuery, RegistrationListDto>
{
    public async ValueTask<RegistrationListDto> Handle(ListRegistrationsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken) ?? throw new NotFoundException("Campaign", query.CampaignId);
}
