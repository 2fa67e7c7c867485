using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Covenants.OpenCovenantForSigning;

public sealed class OpenCovenantForSigningCommandHandler(CovenantAccess access, TimeProvider clock)
    : ICommandHandler<OpenCovenantForSigningCommand>
{
    public async ValueTask<Unit> Handle(OpenCovenantForSigningCommand command, CancellationToken cancellationToken)
    {
        var (covenant, _) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        covenant.OpenForSigning(clock.GetUtcNow());
        return Unit.Value;
    }
}
