using FluentValidation;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.CampaignRegistrations.ListRegistrations;

public sealed class ListRegistrationsQueryValidator : AbstractValidator<ListRegistrationsQuery>
{
    public ListRegistrationsQueryValidator(IProvincialAwardTypeRepository provincialTypes)
    {
        // An unknown code would silently match nothing (e.g. GIAY_KHEN for GIAY_KHEN_TAP_THE); say which codes exist.
        // A province's own award type (ADR 0016) is a code too.
        RuleFor(x => x.TargetTitle).Cascade(CascadeMode.Stop).MaximumLength(64)
            .MustAsync(async (t, ct) =>
                AwardCatalogue.Find(t!.Trim().ToUpperInvariant()) is not null || await provincialTypes.FindByCodeAsync(t, ct) is not null)
            .When(x => !string.IsNullOrWhiteSpace(x.TargetTitle))
            .WithMessage(x => $"'{x.TargetTitle}' không phải là mã loại hình khen thưởng. Các mã: {string.Join(", ", AwardCatalogue.All.Select(a => a.Code))}, hoặc mã riêng của tỉnh, thành phố (GET /api/v1/provinces/{{province}}/award-types).", x => $"'{x.TargetTitle}' is not an award-type code. Codes: {string.Join(", ", AwardCatalogue.All.Select(a => a.Code))}, or a province's own (GET /api/v1/provinces/{{province}}/award-types).")
            .OverridePropertyName("targetTitle");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
