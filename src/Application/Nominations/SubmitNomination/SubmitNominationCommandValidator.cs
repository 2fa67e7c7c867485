using FluentValidation;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.Nominations.SubmitNomination;

public sealed class SubmitNominationCommandValidator : AbstractValidator<SubmitNominationCommand>
{
    public SubmitNominationCommandValidator() => RuleFor(x => x.Submission!).SetValidator(new DocumentInputValidator()).When(x => x.Submission is not null);
}
