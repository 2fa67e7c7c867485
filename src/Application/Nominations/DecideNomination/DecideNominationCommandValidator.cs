using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.DecideNomination;

public sealed class DecideNominationCommandValidator : AbstractValidator<DecideNominationCommand>
{
    public DecideNominationCommandValidator()
    {
        RuleFor(x => x.Decision).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Decision.Number).Matches(@"^\d{1,6}/QĐ-[\p{L}\p{N}.\-]{1,50}$")
            .WithMessage("Số quyết định có dạng N/QĐ-XXX, ví dụ 15/QĐ-UBND.", "A decision is numbered N/QĐ-XXX, e.g. 15/QĐ-UBND.").OverridePropertyName("decision.number")
            .When(x => x.Decision is not null && !string.IsNullOrEmpty(x.Decision.Number));
        RuleFor(x => x.SignerName).MaximumLength(AwardDecision.SignerMaxLength);
        RuleFor(x => x.SignerTitle).MaximumLength(AwardDecision.SignerMaxLength);
    }
}
