using FluentValidation;

namespace ThiDua.Application.Covenants.SignCovenant;

public sealed class SignCovenantCommandValidator : AbstractValidator<SignCovenantCommand>
{
    public SignCovenantCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.SignatoryName).MaximumLength(300);
    }
}
