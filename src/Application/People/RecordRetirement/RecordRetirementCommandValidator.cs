using FluentValidation;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.People.RecordRetirement;

public sealed class RecordRetirementCommandValidator : AbstractValidator<RecordRetirementCommand>
{
    public RecordRetirementCommandValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.RetiresOn).RecordDate();
        RuleFor(x => x.Document).NotNull().SetValidator(new DocumentInputValidator());
    }
}
