using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordInitiative;

public sealed class RecordInitiativeCommandValidator : AbstractValidator<RecordInitiativeCommand>
{
    public RecordInitiativeCommandValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Initiative.TitleMaxLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Year).AchievementYear();
        RuleFor(x => x.Scope).IsInEnum();
        RuleFor(x => x.RecognisingBody).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Document).NotNull().SetValidator(new DocumentInputValidator());
    }
}
