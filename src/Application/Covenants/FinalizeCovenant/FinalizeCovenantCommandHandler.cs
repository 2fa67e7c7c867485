using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.FinalizeCovenant;

public sealed class FinalizeCovenantCommandHandler(
    CovenantAccess access,
    ICovenantRepository covenants,
    ICovenantAssessmentRepository assessments,
    TimeProvider clock) : ICommandHandler<FinalizeCovenantCommand>
{
    public async ValueTask<Unit> Handle(FinalizeCovenantCommand command, CancellationToken cancellationToken)
    {
        // First: score updates in flight finish before the ranking is read; later ones see the covenant finalized.
        await covenants.LockForChangeAsync(new CovenantId(command.CovenantId), cancellationToken);
        var (covenant, _) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        var ranking = CovenantRanking.Compute(covenant, await assessments.ListAsync(covenant.Id, cancellationToken));
        covenant.Finalize(ranking, clock.GetUtcNow());
        return Unit.Value;
    }
}
