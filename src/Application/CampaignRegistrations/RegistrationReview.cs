using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Application.CampaignRegistrations;

/// <summary>
/// Registrations are approved or rejected by the launching authority's council (or an admin); in a cluster's campaign,
/// by whoever may act for the cluster's head unit. The reviewing command declares the campaign held shared until commit.
/// </summary>
public sealed class RegistrationReview(CampaignAccess access, ICampaignRegistrationRepository registrations)
{
    public async Task<(Campaign Campaign, CampaignRegistration Registration)> LoadAsync(
        Guid campaignId, Guid unitId, IVersionedCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var campaign = await access.LoadForReferenceByManagerAsync(campaignId, cancellationToken);
        var registration = await registrations.FindAsync(campaign.Id, new UnitId(unitId), cancellationToken)
            ?? throw new NotFoundException(
                NotFoundErrors.Registration.WithMessage(
                $"Đơn vị '{unitId}' chưa đăng ký thi đua trong phong trào '{campaignId}'. Bản đăng ký được xác định theo mã đơn vị, không theo mã bản đăng ký.",
                $"Unit '{unitId}' has not registered in campaign '{campaignId}'. Registrations are addressed by the unit's id, not the registration's."));
        command.EnsureVersion(registration.Version);
        return (campaign, registration);
    }

    /// <summary>The authority that keeps the campaign's records (see <see cref="CampaignAccess.RecordKeeperAsync"/>).</summary>
    public Task<UnitId> RecordKeeperAsync(Campaign campaign, CancellationToken cancellationToken) =>
        access.RecordKeeperAsync(campaign, cancellationToken);
}
