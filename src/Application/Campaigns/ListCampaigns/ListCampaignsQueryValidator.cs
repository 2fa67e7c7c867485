using FluentValidation;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Campaigns.ListCampaigns;

public sealed class ListCampaignsQueryValidator : AbstractValidator<ListCampaignsQuery>
{
    public ListCampaignsQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).OverridePropertyName("q");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
