using FluentValidation;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Validation;
using ThiDua.Application.People;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Application.Awards.LookUpAwards;

public sealed class LookUpAwardsQueryValidator : AbstractValidator<LookUpAwardsQuery>
{
    public LookUpAwardsQueryValidator()
    {
        RuleFor(x => x.Filter).SetValidator(new AwardLookupFilterValidator()).OverridePropertyName(string.Empty);
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}

/// <summary>The lookup's filters, shared by the page and the export.</summary>
public sealed class AwardLookupFilterValidator : AbstractValidator<AwardLookupFilter>
{
    public const int AwardTypeMaxLength = 64;

    public AwardLookupFilterValidator()
    {
        // Bounds unconditional (null passes them), so that the OpenAPI document reads them; blanks refused where given.
        RuleFor(x => x.CitizenId).CitizenId().OverridePropertyName("citizenId");
        RuleFor(x => x.CivilServantCode).MaximumLength(Person.CivilServantCodeMaxLength).OverridePropertyName("civilServantCode");
        RuleFor(x => x.CivilServantCode).NotEmpty().OverridePropertyName("civilServantCode").When(x => x.CivilServantCode is not null);
        RuleFor(x => x.FullName).MaximumLength(Person.NameMaxLength).OverridePropertyName("fullName");
        RuleFor(x => x.FullName).NotEmpty().OverridePropertyName("fullName").When(x => x.FullName is not null);
        RuleFor(x => x.FullName).NotEmpty()
            .WithMessage("Tra cứu theo ngày sinh cần kèm họ và tên (fullName).", "A birth date is looked up together with the full name (fullName).")
            .OverridePropertyName("fullName").When(x => x.BirthDate is not null && x.FullName is null);
        RuleFor(x => x.BirthDate).BirthDate().OverridePropertyName("birthDate");
        RuleFor(x => x.AwardType).MaximumLength(AwardTypeMaxLength).OverridePropertyName("awardType");
        RuleFor(x => x.AwardType).NotEmpty().OverridePropertyName("awardType").When(x => x.AwardType is not null);
        RuleFor(x => x.Year).InclusiveBetween(1945, 2100).OverridePropertyName("year");
        RuleFor(x => x.UnitId).NotEqual(Guid.Empty).OverridePropertyName("unitId").When(x => x.UnitId is not null);
        RuleFor(x => x.Decision).MaximumLength(DocumentReference.NumberMaxLength).OverridePropertyName("decision");
        RuleFor(x => x.Decision).NotEmpty().OverridePropertyName("decision").When(x => x.Decision is not null);
    }
}
