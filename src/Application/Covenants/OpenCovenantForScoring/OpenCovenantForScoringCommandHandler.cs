using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.OpenCovenantForScoring;

public sealed class OpenCovenantForScoringCommandHandler(CovenantAccess access, TimeProvider clock)
    : ICommandHandler<OpenCovenantForScoringCommand>
{
    public async ValueTask<Unit> Handle(OpenCovenantForScoringCommand command, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        var term = cluster.FindTerm(covenant.Year) ?? throw new DomainRuleViolationException(CovenantErrors.NoTermForYear);
        covenant.OpenForScoring(term, clock.GetUtcNow());
        return Unit.Value;
    }
}
