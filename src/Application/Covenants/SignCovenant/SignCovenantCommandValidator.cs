using ThiDua.Application.Common.Documents;
using FluentValidation;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.SignCovenant;

public sealed class SignCovenantCommandValidator : AbstractValidator<SignCovenantCommand>
{
    public SignCovenantCommandValidator()
    {
        RuleFor(x => x.Document!).SetValidator(new DocumentInputValidator()).When(x => x.Document is not null);
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.SignatoryName).MaximumLength(300);
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
    }
}
