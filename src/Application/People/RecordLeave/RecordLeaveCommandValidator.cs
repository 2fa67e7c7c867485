using FluentValidation;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.People.RecordLeave;

public sealed class RecordLeaveCommandValidator : AbstractValidator<RecordLeaveCommand>
{
    public RecordLeaveCommandValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.From).RecordDate();
        RuleFor(x => x.To!.Value).RecordDate().OverridePropertyName("to").When(x => x.To is not null);
        RuleFor(x => x.Document).NotNull().SetValidator(new DocumentInputValidator());
    }
}
