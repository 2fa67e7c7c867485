using FluentValidation;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.CampaignRegistrations.ListRegistrations;

public sealed class ListRegistrationsQueryValidator : AbstractValidator<ListRegistrationsQuery>
{
    public ListRegistrationsQueryValidator()
    {
        // An unknown code would silently match nothing (e.g. GIAY_KHEN for GIAY_KHEN_TAP_THE); say which codes exist.
        RuleFor(x => x.TargetTitle).Cascade(CascadeMode.Stop).MaximumLength(64)
            .Must(t => AwardCatalogue.Find(t!.Trim().ToUpperInvariant()) is not null)
            .When(x => !string.IsNullOrWhiteSpace(x.TargetTitle))
            .WithMessage(x => $"'{x.TargetTitle}' is not an award-type code. Codes: {string.Join(", ", AwardCatalogue.All.Select(a => a.Code))}.")
            .OverridePropertyName("targetTitle");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
