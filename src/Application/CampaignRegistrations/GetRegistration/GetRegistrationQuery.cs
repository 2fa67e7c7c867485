using Mediator;

namespace ThiDua.Application.CampaignRegistrations.GetRegistration;

public sealed record GetRegistrationQuery(Guid CampaignId, Guid UnitId) : IQuery<RegistrationDto>;
