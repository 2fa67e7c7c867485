using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Covenants.RecordAssessment;

/// <summary>
/// Who may score: the unit itself for <c>self</c>; the peer unit for <c>peer</c>; for <c>verified</c>, the unit that heads
/// the year's term, the managing authority's council or an admin.
/// </summary>
public sealed class RecordAssessmentCommandHandler(
    CovenantAccess covenants,
    ICovenantAssessmentRepository assessments,
    AccessGuard access,
    ICurrentUser user,
    HistoryRecording history,
    ICovenantQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<RecordAssessmentCommand, Upserted<UnitAssessmentsDto>>
{
    public async ValueTask<Upserted<UnitAssessmentsDto>> Handle(RecordAssessmentCommand command, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await covenants.LoadForReferenceAsync(command.CovenantId, cancellationToken);
        var assessed = new UnitId(command.AssessedUnitId);
        var peer = command.PeerUnitId is { } p ? new UnitId(p) : (UnitId?)null;

        // Historical record mode: an administrator or the council over the cluster, whoever the assessor is (ADR 0014).
        var historical = await history.EnterAsync(command.Historical, cluster.ManagingAuthorityId, cancellationToken);
        switch (command.Kind)
        {
            case AssessorKind.Self:
                await access.EnsureCanActForAsync(assessed, cancellationToken);
                break;
            case AssessorKind.Peer:
                await access.EnsureCanActForAsync(peer!.Value, cancellationToken);
                break;
            default:
                var head = cluster.FindTerm(covenant.Year) is { HeadVacantSince: null } term ? term.HeadUnitId : null;
                if (access.IsOnlyUnitOfficer && (head is null || user.UnitId != head))
                {
                    throw new ForbiddenException(AccessGuard.OtherUnit.WithMessage("Chỉ đơn vị cụm trưởng năm nay hoặc Hội đồng Thi đua – Khen thưởng mới thẩm định điểm.", "Only the unit heading the cluster this year, or the council, verifies scores."));
                }

                if (access.IsOnlyUnitOfficer && assessed == head)
                {
                    throw new ForbiddenException(AccessGuard.OtherUnit.WithMessage("Đơn vị cụm trưởng không tự thẩm định điểm của mình; việc này do Hội đồng Thi đua – Khen thưởng thực hiện.", "The head unit does not verify its own scores; the council does."));
                }

                if (!access.IsOnlyUnitOfficer)
                {
                    await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
                }

                break;
        }

        var self = command.Kind == AssessorKind.Verified
            ? await assessments.FindAsync(covenant.Id, assessed, AssessorKind.Self, assessed, cancellationToken)
            : null;
        var staff = command.Staff is { } s ? new Domain.CovenantAssessments.StaffComposition(s.Total, s.Women) : null;
        var key = CovenantAssessment.KeyOf(command.Kind, assessed, peer);
        var existing = await assessments.FindAsync(covenant.Id, assessed, command.Kind, key, cancellationToken);
        var now = clock.GetUtcNow();
        if (existing is null)
        {
            assessments.Add(CovenantAssessment.Record(
                covenant, assessed, command.Kind, peer, command.ToScores(), command.Note, staff, self, user.Subject, now, historical));
        }
        else
        {
            command.EnsureVersion(existing.Version);
            existing.Revise(covenant, command.ToScores(), command.Note, staff, self, command.Reason, user.Subject, now, historical);
        }

        var unit = await written.ReadAsync(ct => queries.GetUnitAssessmentsAsync(covenant.Id, assessed, ct), cancellationToken);
        return new Upserted<UnitAssessmentsDto>(unit, existing is null);
    }
}
