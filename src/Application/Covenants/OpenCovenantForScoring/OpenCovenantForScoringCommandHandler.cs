using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Covenants.OpenCovenantForScoring;

public sealed class OpenCovenantForScoringCommandHandler(CovenantAccess access, TimeProvider clock)
    : ICommandHandler<OpenCovenantForScoringCommand>
{
    public async ValueTask<Unit> Handle(OpenCovenantForScoringCommand command, CancellationToken cancellationToken)
    {
        var covenant = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        covenant.OpenForScoring(clock.GetUtcNow());
        return Unit.Value;
    }
}
