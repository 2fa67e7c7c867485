using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters.CreateCluster;

public sealed class CreateClusterCommandValidator : AbstractValidator<CreateClusterCommand>
{
    public CreateClusterCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(EmulationCluster.NameMaxLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.ManagingAuthorityId).NotEmpty();
        RuleFor(x => x.Description).MaximumLength(EmulationCluster.DescriptionMaxLength);
        RuleFor(x => x.GroupingDecision!).SetValidator(new DocumentInputValidator()).When(x => x.GroupingDecision is not null);
    }
}
