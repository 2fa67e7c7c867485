using ThiDua.Domain.Common;

namespace ThiDua.Domain.Campaigns.Events;

/// <summary>A campaign was closed by its final review (a seam for thematic-flag nominations at the final review).</summary>
public sealed record CampaignClosedDomainEvent(CampaignId CampaignId, string ReviewDocumentNumber, DateTimeOffset ClosedAt) : IDomainEvent;
