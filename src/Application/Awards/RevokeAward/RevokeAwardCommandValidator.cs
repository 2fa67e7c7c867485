using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Awards.RevokeAward;

public sealed class RevokeAwardCommandValidator : AbstractValidator<RevokeAwardCommand>
{
    public RevokeAwardCommandValidator()
    {
        RuleFor(x => x.Ground).IsInEnum();
        RuleFor(x => x.Decision).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Reason).MaximumLength(AwardRecord.ReasonMaxLength);
    }
}
