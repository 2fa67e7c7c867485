using FluentValidation;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.ApproveRegistration;

public sealed class ApproveRegistrationCommandValidator : AbstractValidator<ApproveRegistrationCommand>
{
    public ApproveRegistrationCommandValidator() =>
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
}
