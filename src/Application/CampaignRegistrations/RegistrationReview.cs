using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Application.CampaignRegistrations;

/// <summary>Registrations are approved or rejected by the launching authority's council (or an admin).</summary>
public sealed class RegistrationReview(CampaignAccess access, ICampaignRegistrationRepository registrations)
{
    public async Task<(Campaign Campaign, CampaignRegistration Registration)> LoadAsync(
        Guid campaignId, Guid unitId, IVersionedCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var campaign = await access.LoadForManagementAsync(campaignId, cancellationToken);
        await access.HoldAsync(campaign, cancellationToken);
        var registration = await registrations.FindAsync(campaign.Id, new UnitId(unitId), cancellationToken)
            ?? throw new NotFoundException(
                "registration.not_found",
                $"Unit '{unitId}' has not registered in campaign '{campaignId}'. Registrations are addressed by the unit's id, not the registration's.");
        command.EnsureVersion(registration.Version);
        return (campaign, registration);
    }
}
