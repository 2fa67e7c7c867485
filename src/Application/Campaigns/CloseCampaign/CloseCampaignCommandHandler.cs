using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.CloseCampaign;

public sealed class CloseCampaignCommandHandler(
    CampaignAccess access, ICampaignRepository campaigns, ICampaignRegistrationRepository registrations, TimeProvider clock)
    : ICommandHandler<CloseCampaignCommand>
{
    public async ValueTask<Unit> Handle(CloseCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await access.LoadForManagementAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);

        // Registrations and reports in flight hold the campaign shared; once they commit, the count below sees them,
        // and none starts until the close commits. A campaign changed meanwhile fails the save's version check (409).
        await campaigns.LockForChangeAsync(campaign.Id, cancellationToken);
        var awaitingReview = await registrations.CountAwaitingReviewAsync(campaign.Id, cancellationToken);
        campaign.Close(
            FinalReview.Create(command.ReviewDate, command.Document.ToReference(), command.Summary), awaitingReview, clock.GetUtcNow());
        return Unit.Value;
    }
}
