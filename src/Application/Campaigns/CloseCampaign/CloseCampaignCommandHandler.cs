using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.CloseCampaign;

public sealed class CloseCampaignCommandHandler(
    CampaignAccess access, ICampaignRegistrationRepository registrations, ICampaignQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<CloseCampaignCommand, CampaignDetailsDto>
{
    public async ValueTask<CampaignDetailsDto> Handle(CloseCampaignCommand command, CancellationToken cancellationToken)
    {
        // The command holds the campaign exclusively (declared): registrations and reports in flight held it shared and
        // have committed, so the count below sees them, and none starts until the close commits.
        var campaign = await access.LoadForChangeByManagerAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);
        var awaitingReview = await registrations.CountAwaitingReviewAsync(campaign.Id, cancellationToken);
        campaign.Close(
            FinalReview.Create(command.ReviewDate, command.Document.ToReference(), command.Summary), awaitingReview, clock.GetUtcNow());
        return await written.ReadAsync(ct => queries.GetDetailsAsync(campaign.Id, ct), cancellationToken);
    }
}
