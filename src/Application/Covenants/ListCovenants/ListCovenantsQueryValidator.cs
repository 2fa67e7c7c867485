using FluentValidation;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.Covenants.ListCovenants;

public sealed class ListCovenantsQueryValidator : AbstractValidator<ListCovenantsQuery>
{
    public ListCovenantsQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).OverridePropertyName("q");
        RuleFor(x => x.Year).InclusiveBetween(ClusterTerm.MinYear, ClusterTerm.MaxYear).OverridePropertyName("year");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
