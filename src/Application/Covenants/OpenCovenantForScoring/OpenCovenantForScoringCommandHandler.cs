using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.OpenCovenantForScoring;

public sealed class OpenCovenantForScoringCommandHandler(CovenantAccess access, HistoryRecording history, ICovenantQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<OpenCovenantForScoringCommand, CovenantDetailsDto>
{
    public async ValueTask<CovenantDetailsDto> Handle(OpenCovenantForScoringCommand command, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, cluster.ManagingAuthorityId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        var term = cluster.FindTerm(covenant.Year) ?? throw new DomainRuleViolationException(CovenantErrors.NoTermForYear);
        covenant.OpenForScoring(term, clock.GetUtcNow(), historical);
        return await written.ReadAsync(ct => queries.GetDetailsAsync(covenant.Id, ct), cancellationToken);
    }
}
