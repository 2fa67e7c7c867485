using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.ListCampaigns;

/// <summary>
/// Campaigns, newest first; <c>Q</c> searches title, theme and letter number ignoring case and diacritics; filters by
/// launching authority or launching cluster, kind and status.
/// </summary>
public sealed record ListCampaignsQuery(
    string? Q, Guid? LaunchingAuthorityId, CampaignKind? Kind, CampaignStatus? Status, PageRequest Page, Guid? LaunchingClusterId = null)
    : IQuery<Page<CampaignSummaryDto>>;
