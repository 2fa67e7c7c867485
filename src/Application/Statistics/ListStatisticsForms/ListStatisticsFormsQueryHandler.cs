using Mediator;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics.ListStatisticsForms;

public sealed class ListStatisticsFormsQueryHandler : IQueryHandler<ListStatisticsFormsQuery, IReadOnlyList<StatisticsFormDto>>
{
    public ValueTask<IReadOnlyList<StatisticsFormDto>> Handle(ListStatisticsFormsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<StatisticsFormDto>>(
            StatisticsFormCatalogue.Forms.OrderBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.EffectiveFrom).Select(StatisticsFormDto.Of).ToList());
}
