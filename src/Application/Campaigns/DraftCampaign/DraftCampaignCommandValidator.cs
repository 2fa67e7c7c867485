using FluentValidation;

namespace ThiDua.Application.Campaigns.DraftCampaign;

public sealed class DraftCampaignCommandValidator : AbstractValidator<DraftCampaignCommand>
{
    public DraftCampaignCommandValidator()
    {
        RuleFor(x => x.LaunchingAuthorityId).NotEmpty().When(x => x.LaunchingClusterId is null)
            .WithMessage("Name the launching authority (launchingAuthorityId), or the cluster that launches the campaign (launchingClusterId).");
        RuleFor(x => x.LaunchingClusterId).Must(id => id != Guid.Empty).When(x => x.LaunchingClusterId is not null)
            .WithMessage("The launching cluster's id must not be empty.");
        RuleFor(x => x.LaunchingClusterId).Null().When(x => x.LaunchingAuthorityId != Guid.Empty)
            .WithMessage("A campaign has one launcher: a launching authority or a cluster, not both.");
        RuleFor(x => x.Plan).NotNull().SetValidator(new CampaignPlanInputValidator());
    }
}
