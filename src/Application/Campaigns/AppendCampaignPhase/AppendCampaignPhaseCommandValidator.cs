using FluentValidation;

namespace ThiDua.Application.Campaigns.AppendCampaignPhase;

public sealed class AppendCampaignPhaseCommandValidator : AbstractValidator<AppendCampaignPhaseCommand>
{
    public AppendCampaignPhaseCommandValidator() =>
        RuleFor(x => x.Phase).NotNull().SetValidator(new PhaseInputValidator());
}
