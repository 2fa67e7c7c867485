using FluentValidation;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.OpenCovenantForScoring;

public sealed class OpenCovenantForScoringCommandValidator : AbstractValidator<OpenCovenantForScoringCommand>
{
    public OpenCovenantForScoringCommandValidator() =>
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
}
