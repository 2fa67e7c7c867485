using FluentValidation;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters;

/// <summary>Input-shape rules shared by the cluster commands.</summary>
public static class ClusterRules
{
    public static IRuleBuilderOptions<T, int> TermYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(ClusterTerm.MinYear, ClusterTerm.MaxYear);
}
