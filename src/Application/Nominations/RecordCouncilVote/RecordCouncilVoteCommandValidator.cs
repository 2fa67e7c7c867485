using ThiDua.Application.Common.Documents;
using FluentValidation;

namespace ThiDua.Application.Nominations.RecordCouncilVote;

public sealed class RecordCouncilVoteCommandValidator : AbstractValidator<RecordCouncilVoteCommand>
{
    public RecordCouncilVoteCommandValidator()
    {
        RuleFor(x => x.Minutes!).SetValidator(new DocumentInputValidator()).When(x => x.Minutes is not null);
        RuleFor(x => x.Members).InclusiveBetween(1, 1000);
        RuleFor(x => x.Present).InclusiveBetween(0, 1000);
        RuleFor(x => x.Yes).InclusiveBetween(0, 1000);
        RuleFor(x => x.WrittenYes).InclusiveBetween(0, 1000);
    }
}
