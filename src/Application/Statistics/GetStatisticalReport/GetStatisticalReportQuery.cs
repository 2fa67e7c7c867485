using Mediator;

namespace ThiDua.Application.Statistics.GetStatisticalReport;

/// <summary>
/// Computes a statistical report form for one authority and report year (ADR 0034). <paramref name="AuthorityId"/>
/// defaults to the caller's own authority (a council's or integration client's managing authority, a unit officer's unit).
/// </summary>
public sealed record GetStatisticalReportQuery(string FormCode, int Year, Guid? AuthorityId) : IQuery<StatisticalReportDto>;
