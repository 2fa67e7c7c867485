using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.ReturnNomination;

public sealed class ReturnNominationCommandValidator : AbstractValidator<ReturnNominationCommand>
{
    public ReturnNominationCommandValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Nêu lý do trả lại hồ sơ.", "Say why the dossier is returned.").MaximumLength(Nomination.ReasonMaxLength);
}
