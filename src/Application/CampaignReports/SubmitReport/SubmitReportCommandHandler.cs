using Mediator;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Domain.CampaignReports;

namespace ThiDua.Application.CampaignReports.SubmitReport;

/// <summary>
/// A unit officer reports only for their own unit; a council, for units under its authority; an admin, any. In a
/// cluster's campaign the head unit may also report for its members.
/// </summary>
public sealed class SubmitReportCommandHandler(
    CampaignAccess access,
    ICampaignReportRepository reports,
    ICurrentUser user,
    HistoryRecording history,
    IReportQueries queries,
    IReadAfterWrite written,
    TimeProvider clock)
    : ICommandHandler<SubmitReportCommand, Upserted<ReportDto>>
{
    public async ValueTask<Upserted<ReportDto>> Handle(SubmitReportCommand command, CancellationToken cancellationToken)
    {
        var campaign = await access.LoadForReferenceAsync(command.CampaignId, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, await access.RecordKeeperAsync(campaign, cancellationToken), cancellationToken);
        var (unit, ancestors) = await access.LoadParticipantAsync(campaign, command.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        var existing = await reports.FindAsync(campaign.Id, unit.Id, command.PhaseNumber, cancellationToken);
        if (existing is null)
        {
            reports.Add(CampaignReport.Submit(campaign, unit, ancestors, command.PhaseNumber, command.Narrative, command.ToIndicators(), user.Subject, now, historical));
        }
        else
        {
            command.EnsureVersion(existing.Version);
            existing.Revise(campaign, unit, ancestors, command.Narrative, command.ToIndicators(), user.Subject, now, historical);
        }

        var report = await written.ReadAsync(ct => queries.GetAsync(campaign.Id, unit.Id, command.PhaseNumber, ct), cancellationToken);
        return new Upserted<ReportDto>(report, Created: existing is null);
    }
}
