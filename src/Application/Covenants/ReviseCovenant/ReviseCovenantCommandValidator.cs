using FluentValidation;

namespace ThiDua.Application.Covenants.ReviseCovenant;

public sealed class ReviseCovenantCommandValidator : AbstractValidator<ReviseCovenantCommand>
{
    public ReviseCovenantCommandValidator() =>
        RuleFor(x => x.Terms).NotNull().SetValidator(new CovenantTermsInputValidator());
}
