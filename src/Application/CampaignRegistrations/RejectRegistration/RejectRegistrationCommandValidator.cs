using FluentValidation;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.CampaignRegistrations;

namespace ThiDua.Application.CampaignRegistrations.RejectRegistration;

public sealed class RejectRegistrationCommandValidator : AbstractValidator<RejectRegistrationCommand>
{
    public RejectRegistrationCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Nêu lý do từ chối bản đăng ký.", "Say why the registration is rejected.").MaximumLength(CampaignRegistration.ReasonMaxLength);
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
    }
}
