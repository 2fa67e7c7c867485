using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordDiscipline;

public sealed class RecordDisciplineCommandValidator : AbstractValidator<RecordDisciplineCommand>
{
    public RecordDisciplineCommandValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.From).RecordDate();
        RuleFor(x => x.To!.Value).RecordDate().OverridePropertyName("to").When(x => x.To is not null);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Discipline.ReasonMaxLength);
        RuleFor(x => x.LegalBasis).NotNull().SetValidator(new DocumentInputValidator());
    }
}
