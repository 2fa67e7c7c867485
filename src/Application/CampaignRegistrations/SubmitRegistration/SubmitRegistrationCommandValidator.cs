using FluentValidation;

namespace ThiDua.Application.CampaignRegistrations.SubmitRegistration;

public sealed class SubmitRegistrationCommandValidator : AbstractValidator<SubmitRegistrationCommand>
{
    public SubmitRegistrationCommandValidator() =>
        RuleFor(x => x.Registration).NotNull().SetValidator(new RegistrationInputValidator()).OverridePropertyName(string.Empty);
}
