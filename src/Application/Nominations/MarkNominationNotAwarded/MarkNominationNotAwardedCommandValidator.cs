using FluentValidation;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.MarkNominationNotAwarded;

public sealed class MarkNominationNotAwardedCommandValidator : AbstractValidator<MarkNominationNotAwardedCommand>
{
    public MarkNominationNotAwardedCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(Nomination.ReasonMaxLength);
}
