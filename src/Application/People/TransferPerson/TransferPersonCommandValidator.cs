using FluentValidation;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.TransferPerson;

public sealed class TransferPersonCommandValidator : AbstractValidator<TransferPersonCommand>
{
    public TransferPersonCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Position).NotEmpty().MaximumLength(Employment.PositionMaxLength);
        RuleFor(x => x.From).RecordDate();
    }
}
