using FluentValidation;

namespace ThiDua.Application.Campaigns.ReviseCampaign;

public sealed class ReviseCampaignCommandValidator : AbstractValidator<ReviseCampaignCommand>
{
    public ReviseCampaignCommandValidator() => RuleFor(x => x.Plan).NotNull().SetValidator(new CampaignPlanInputValidator());
}
