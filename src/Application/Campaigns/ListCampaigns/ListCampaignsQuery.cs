using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.ListCampaigns;

/// <summary>Campaigns, newest first; <c>Q</c> searches title, theme and letter number ignoring case and diacritics.</summary>
public sealed record ListCampaignsQuery(string? Q, Guid? LaunchingAuthorityId, CampaignKind? Kind, CampaignStatus? Status, PageRequest Page)
    : IQuery<Page<CampaignSummaryDto>>;
