using FluentValidation;

namespace ThiDua.Application.EmulationClusters.UpdateCluster;

public sealed class UpdateClusterCommandValidator : AbstractValidator<UpdateClusterCommand>
{
    public UpdateClusterCommandValidator() => Include(new ClusterFieldsValidator());
}
