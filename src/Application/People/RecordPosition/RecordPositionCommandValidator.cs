using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordPosition;

public sealed class RecordPositionCommandValidator : AbstractValidator<RecordPositionCommand>
{
    public RecordPositionCommandValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Position.TitleMaxLength);
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.From).RecordDate();
        RuleFor(x => x.To!.Value).RecordDate().OverridePropertyName("to").When(x => x.To is not null);
        RuleFor(x => x.Appointment).NotNull().SetValidator(new DocumentInputValidator());
    }
}
