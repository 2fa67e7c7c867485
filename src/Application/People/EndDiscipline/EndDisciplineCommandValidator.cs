using FluentValidation;

namespace ThiDua.Application.People.EndDiscipline;

public sealed class EndDisciplineCommandValidator : AbstractValidator<EndDisciplineCommand>
{
    public EndDisciplineCommandValidator() => RuleFor(x => x.LastDay).RecordDate();
}
