using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters;

/// <summary>Input-shape rules of <see cref="IClusterFields"/>, included by the create and update validators.</summary>
public sealed class ClusterFieldsValidator : AbstractValidator<IClusterFields>
{
    public ClusterFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(EmulationCluster.NameMaxLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.ManagingAuthorityId).NotEmpty();
        RuleFor(x => x.Description).MaximumLength(EmulationCluster.DescriptionMaxLength);
        RuleFor(x => x.GroupingDecision!).SetValidator(new DocumentInputValidator()).When(x => x.GroupingDecision is not null);
    }
}
