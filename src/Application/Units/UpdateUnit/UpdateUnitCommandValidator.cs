using FluentValidation;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Units.UpdateUnit;

public sealed class UpdateUnitCommandValidator : AbstractValidator<UpdateUnitCommand>
{
    public UpdateUnitCommandValidator()
    {
        RuleFor(x => x.Name).UnitName();
        RuleFor(x => x.ShortName).UnitShortName();
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Province).Province();
        RuleFor(x => x.AgencyCode).AgencyCode().When(x => !string.IsNullOrEmpty(x.AgencyCode));
    }
}
