using FluentValidation;
using ThiDua.Domain.CampaignRegistrations;

namespace ThiDua.Application.CampaignRegistrations.RejectRegistration;

public sealed class RejectRegistrationCommandValidator : AbstractValidator<RejectRegistrationCommand>
{
    public RejectRegistrationCommandValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the registration is rejected.").MaximumLength(CampaignRegistration.ReasonMaxLength);
}
