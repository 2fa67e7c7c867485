using FluentValidation;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.CampaignRegistrations.ListRegistrations;

public sealed class ListRegistrationsQueryValidator : AbstractValidator<ListRegistrationsQuery>
{
    public ListRegistrationsQueryValidator()
    {
        RuleFor(x => x.TargetTitle).MaximumLength(64).OverridePropertyName("targetTitle");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
