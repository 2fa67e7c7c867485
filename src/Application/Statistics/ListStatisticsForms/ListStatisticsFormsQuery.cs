using Mediator;

namespace ThiDua.Application.Statistics.ListStatisticsForms;

/// <summary>The catalogue of statistical report forms, every dated definition, by code then effective date.</summary>
public sealed record ListStatisticsFormsQuery : IQuery<IReadOnlyList<StatisticsFormDto>>;
