using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.CampaignRegistrations;

namespace ThiDua.Application.CampaignRegistrations.ListRegistrations;

/// <summary>
/// A campaign's registrations in the order they were made, by status and target title, with counts per target title
/// over the whole filtered set.
/// </summary>
public sealed record ListRegistrationsQuery(Guid CampaignId, RegistrationStatus? Status, string? TargetTitle, PageRequest Page)
    : IQuery<RegistrationListDto>;
