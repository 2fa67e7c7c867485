using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.CampaignRegistrations.ApproveRegistration;

public sealed class ApproveRegistrationCommandHandler(RegistrationReview review, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveRegistrationCommand>
{
    public async ValueTask<Unit> Handle(ApproveRegistrationCommand command, CancellationToken cancellationToken)
    {
        var (campaign, registration) = await review.LoadAsync(command.CampaignId, command.UnitId, command, cancellationToken);
        registration.Approve(campaign, user.Subject, clock.GetUtcNow());
        return Unit.Value;
    }
}
