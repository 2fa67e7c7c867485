using ThiDua.Application.Common.Documents;
using FluentValidation;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.FinalizeCovenant;

public sealed class FinalizeCovenantCommandValidator : AbstractValidator<FinalizeCovenantCommand>
{
    public FinalizeCovenantCommandValidator()
    {
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
        RuleFor(x => x.ScoreboardDecision!).SetValidator(new DocumentInputValidator()).When(x => x.ScoreboardDecision is not null);
    }
}
