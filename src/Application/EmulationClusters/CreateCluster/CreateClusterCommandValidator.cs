using FluentValidation;

namespace ThiDua.Application.EmulationClusters.CreateCluster;

public sealed class CreateClusterCommandValidator : AbstractValidator<CreateClusterCommand>
{
    public CreateClusterCommandValidator() => Include(new ClusterFieldsValidator());
}
