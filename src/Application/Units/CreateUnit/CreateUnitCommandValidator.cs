using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Units.CreateUnit;

public sealed class CreateUnitCommandValidator : AbstractValidator<CreateUnitCommand>
{
    public CreateUnitCommandValidator()
    {
        RuleFor(x => x.Code).UnitCode();
        RuleFor(x => x.Name).UnitName();
        RuleFor(x => x.ShortName).UnitShortName();
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Province).Province();
        RuleFor(x => x.ParentId).NotEqual(Guid.Empty);
        RuleFor(x => x.AgencyCode).AgencyCode().When(x => !string.IsNullOrEmpty(x.AgencyCode));
        RuleFor(x => x.ValidFrom!.Value).InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate)
            .OverridePropertyName("validFrom").When(x => x.ValidFrom is not null);
    }
}
