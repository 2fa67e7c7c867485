using ThiDua.Domain.Common;

namespace ThiDua.Domain.Campaigns.Events;

/// <summary>A campaign was launched by its letter (for the integration outbox of a later issue).</summary>
public sealed record CampaignLaunchedDomainEvent(CampaignId CampaignId, string LetterNumber, DateTimeOffset LaunchedAt) : IDomainEvent;
