using FluentValidation;

namespace ThiDua.Application.EmulationClusters.AddClusterMember;

public sealed class AddClusterMemberCommandValidator : AbstractValidator<AddClusterMemberCommand>
{
    public AddClusterMemberCommandValidator()
    {
        RuleFor(x => x.Year).TermYear();
        RuleFor(x => x.UnitId).NotEmpty();
    }
}
