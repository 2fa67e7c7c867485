using FluentValidation;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.SubmitRegistration;

public sealed class SubmitRegistrationCommandValidator : AbstractValidator<SubmitRegistrationCommand>
{
    public SubmitRegistrationCommandValidator()
    {
        RuleFor(x => x.Registration).NotNull().SetValidator(new RegistrationInputValidator()).OverridePropertyName(string.Empty);
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
    }
}
