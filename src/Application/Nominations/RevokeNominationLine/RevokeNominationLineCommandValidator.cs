using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Nominations.RevokeNominationLine;

public sealed class RevokeNominationLineCommandValidator : AbstractValidator<RevokeNominationLineCommand>
{
    public RevokeNominationLineCommandValidator()
    {
        RuleFor(x => x.Ground).IsInEnum();
        RuleFor(x => x.Decision).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Reason).MaximumLength(AwardRecord.ReasonMaxLength);
    }
}
