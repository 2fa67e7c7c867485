using FluentValidation;

namespace ThiDua.Application.People.EndPosition;

public sealed class EndPositionCommandValidator : AbstractValidator<EndPositionCommand>
{
    public EndPositionCommandValidator() => RuleFor(x => x.LastDay).RecordDate();
}
