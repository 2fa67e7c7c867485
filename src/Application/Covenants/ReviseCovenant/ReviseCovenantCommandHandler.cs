using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Covenants.ReviseCovenant;

public sealed class ReviseCovenantCommandHandler(CovenantAccess access, TimeProvider clock) : ICommandHandler<ReviseCovenantCommand>
{
    public async ValueTask<Unit> Handle(ReviseCovenantCommand command, CancellationToken cancellationToken)
    {
        var (covenant, _) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        covenant.Revise(command.Terms.ToTerms(), clock.GetUtcNow());
        return Unit.Value;
    }
}
