using FluentValidation;
using ThiDua.Application.EmulationClusters;

namespace ThiDua.Application.Covenants.DraftCovenant;

public sealed class DraftCovenantCommandValidator : AbstractValidator<DraftCovenantCommand>
{
    public DraftCovenantCommandValidator()
    {
        RuleFor(x => x.ClusterId).NotEmpty();
        RuleFor(x => x.Year).TermYear();
        RuleFor(x => x.Terms).NotNull().SetValidator(new CovenantTermsInputValidator());
    }
}
