using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Domain.Common;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.FinalizeCovenant;

public sealed class FinalizeCovenantCommandHandler(
    CovenantAccess access,
    ICovenantAssessmentRepository assessments,
    HistoryRecording history,
    ICovenantQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<FinalizeCovenantCommand, CovenantDetailsDto>
{
    public async ValueTask<CovenantDetailsDto> Handle(FinalizeCovenantCommand command, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await access.LoadForChangeByManagerAsync(command.CovenantId, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, cluster.ManagingAuthorityId, cancellationToken);
        command.EnsureVersion(covenant.Version);

        // The command holds the covenant (declared): score updates in flight finished before it was read; later ones see
        // it finalized.
        var all = await assessments.ListAsync(covenant.Id, cancellationToken);

        // A self-assessment revised after its verification may now differ from it: the verifier must explain why.
        var selves = all.Where(a => a.Kind == AssessorKind.Self).ToDictionary(a => a.AssessedUnitId);
        if (all.FirstOrDefault(a => a.NeedsNoteAgainst(selves.GetValueOrDefault(a.AssessedUnitId))) is { } unexplained)
        {
            throw new DomainRuleViolationException(AssessmentErrors.VerificationNoteRequired.WithMessage(
                $"Điểm thẩm định của đơn vị {unexplained.AssessedUnitId} khác với điểm tự chấm nhưng không có ghi chú; cần bổ sung ghi chú trước khi chốt kết quả.",
                $"The verified scores of unit {unexplained.AssessedUnitId} differ from its self-assessment without a note; add one before finalizing."));
        }

        var ranking = CovenantRanking.Compute(covenant, all);
        covenant.Finalize(ranking, clock.GetUtcNow(), historical, all.Select(a => a.LatestHistoricalOn).Max(), command.ScoreboardDecision?.ToReference());
        return await written.ReadAsync(ct => queries.GetDetailsAsync(covenant.Id, ct), cancellationToken);
    }
}
