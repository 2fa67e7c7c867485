using FluentValidation;

namespace ThiDua.Application.People.EndLeave;

public sealed class EndLeaveCommandValidator : AbstractValidator<EndLeaveCommand>
{
    public EndLeaveCommandValidator() => RuleFor(x => x.LastDay).RecordDate();
}
