using FluentValidation;

namespace ThiDua.Application.Campaigns.AppendCampaignPhase;

public sealed class AppendCampaignPhaseCommandValidator : AbstractValidator<AppendCampaignPhaseCommand>
{
    public AppendCampaignPhaseCommandValidator()
    {
        RuleFor(x => x.Phase).NotNull();
        RuleFor(x => x.Phase.Name).NotEmpty().MaximumLength(300).When(x => x.Phase is not null);
        RuleFor(x => x.Phase.Start).NotEmpty().When(x => x.Phase is not null);
        RuleFor(x => x.Phase.End).NotEmpty().When(x => x.Phase is not null);
        RuleFor(x => x.Phase.Focus).MaximumLength(2000).When(x => x.Phase is not null);
        RuleFor(x => x.Phase.Commemorations).Must(c => c is null || (c.Count <= 50 && c.All(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 500)))
            .When(x => x.Phase is not null).WithMessage("Commemorations: at most 50 non-empty texts of at most 500 characters.");
    }
}
