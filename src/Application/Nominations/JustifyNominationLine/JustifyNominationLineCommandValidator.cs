using FluentValidation;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.JustifyNominationLine;

public sealed class JustifyNominationLineCommandValidator : AbstractValidator<JustifyNominationLineCommand>
{
    public JustifyNominationLineCommandValidator() => RuleFor(x => x.Justification).MaximumLength(NominationLine.JustificationMaxLength);
}
