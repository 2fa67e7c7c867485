using ThiDua.Domain.Common;

namespace ThiDua.Domain.CampaignRegistrations.Events;

/// <summary>The launching authority approved or rejected a registration (<paramref name="Outcome"/>).</summary>
public sealed record CampaignRegistrationReviewedDomainEvent(CampaignRegistrationId RegistrationId, RegistrationStatus Outcome, DateTimeOffset ReviewedAt) : IDomainEvent;
