using FluentValidation;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters.ListClusters;

public sealed class ListClustersQueryValidator : AbstractValidator<ListClustersQuery>
{
    public ListClustersQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).OverridePropertyName("q");
        RuleFor(x => x.Year).InclusiveBetween(ClusterTerm.MinYear, ClusterTerm.MaxYear).OverridePropertyName("year");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
