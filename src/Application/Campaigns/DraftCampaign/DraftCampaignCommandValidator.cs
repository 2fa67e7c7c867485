using FluentValidation;

namespace ThiDua.Application.Campaigns.DraftCampaign;

public sealed class DraftCampaignCommandValidator : AbstractValidator<DraftCampaignCommand>
{
    public DraftCampaignCommandValidator()
    {
        RuleFor(x => x.LaunchingAuthorityId).NotEmpty();
        RuleFor(x => x.Plan).NotNull().SetValidator(new CampaignPlanInputValidator());
    }
}
