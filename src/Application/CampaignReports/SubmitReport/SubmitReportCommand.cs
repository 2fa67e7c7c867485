using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;
using ThiDua.Domain.CampaignReports;

namespace ThiDua.Application.CampaignReports.SubmitReport;

/// <summary>
/// Submits or revises a unit's report for a phase, or its final report when <c>PhaseNumber</c> is null. Returns the
/// report as written and whether it was created. With <c>Historical</c>, a past report entered from its source document (ADR 0014).
/// </summary>
public sealed record SubmitReportCommand(
    Guid CampaignId, Guid UnitId, int? PhaseNumber, string Narrative, IReadOnlyList<IndicatorInput>? Indicators, uint? ExpectedVersion, HistoricalInput? Historical = null)
    : ICommand<Upserted<ReportDto>>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks =>
        [DeclaredLock.ForReference(LockedResource.Campaign, CampaignId), DeclaredLock.ForReference(LockedResource.Unit, UnitId)];

    public IReadOnlyList<ReportIndicator> ToIndicators() =>
        (Indicators ?? []).Select(i => new ReportIndicator(i.Name, i.Value!.Value, i.UnitOfMeasure, i.ContentCode)).ToList();
}

/// <summary>An indicator: name, value, unit of measure and, optionally, the content (e.g. 2.5) it reports on.</summary>
public sealed record IndicatorInput(string Name, decimal? Value, string UnitOfMeasure, string? ContentCode);
