using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Units.ListUnits;

public sealed class ListUnitsQueryValidator : AbstractValidator<ListUnitsQuery>
{
    public ListUnitsQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).OverridePropertyName("q");
        RuleFor(x => x.Province).MaximumLength(100).OverridePropertyName("province");
        RuleFor(x => x.AgencyCode).AgencyCode().OverridePropertyName("agencyCode");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
