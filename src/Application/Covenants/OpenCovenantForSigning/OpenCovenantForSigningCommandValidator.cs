using FluentValidation;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.OpenCovenantForSigning;

public sealed class OpenCovenantForSigningCommandValidator : AbstractValidator<OpenCovenantForSigningCommand>
{
    public OpenCovenantForSigningCommandValidator() =>
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
}
