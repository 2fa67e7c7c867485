using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Application.CampaignRegistrations.GetRegistration;

public sealed class GetRegistrationQueryHandler(IRegistrationQueries queries) : IQueryHandler<GetRegistrationQuery, RegistrationDto>
{
    public async ValueTask<RegistrationDto> Handle(GetRegistrationQuery query, CancellationToken cancellationToken) =>
        await queries.GetAsync(new CampaignId(query.CampaignId), new UnitId(query.UnitId), cancellationToken)
            ?? throw new NotFoundException(NotFoundErrors.Registration, $"Unit '{query.UnitId}' has not registered in campaign '{query.CampaignId}'.");
}
