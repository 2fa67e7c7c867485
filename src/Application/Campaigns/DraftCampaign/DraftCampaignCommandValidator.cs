using FluentValidation;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Campaigns.DraftCampaign;

public sealed class DraftCampaignCommandValidator : AbstractValidator<DraftCampaignCommand>
{
    public DraftCampaignCommandValidator()
    {
        RuleFor(x => x.LaunchingAuthorityId).NotEmpty().When(x => x.LaunchingClusterId is null)
            .WithMessage("Nêu cơ quan phát động (launchingAuthorityId) hoặc cụm, khối thi đua phát động phong trào (launchingClusterId).", "Name the launching authority (launchingAuthorityId), or the cluster that launches the campaign (launchingClusterId).");
        RuleFor(x => x.LaunchingClusterId).Must(id => id != Guid.Empty).When(x => x.LaunchingClusterId is not null)
            .WithMessage("Mã cụm, khối thi đua phát động không được để trống.", "The launching cluster's id must not be empty.");
        RuleFor(x => x.LaunchingClusterId).Null().When(x => x.LaunchingAuthorityId != Guid.Empty)
            .WithMessage("Mỗi phong trào thi đua có một chủ thể phát động: cơ quan phát động hoặc cụm, khối thi đua, không đồng thời cả hai.", "A campaign has one launcher: a launching authority or a cluster, not both.");
        RuleFor(x => x.Plan).NotNull().SetValidator(new CampaignPlanInputValidator());
    }
}
