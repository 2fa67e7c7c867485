using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.OpenCovenantForSigning;

public sealed class OpenCovenantForSigningCommandHandler(CovenantAccess access, ICovenantRepository covenants, TimeProvider clock)
    : ICommandHandler<OpenCovenantForSigningCommand>
{
    public async ValueTask<Unit> Handle(OpenCovenantForSigningCommand command, CancellationToken cancellationToken)
    {
        await covenants.LockForChangeAsync(new CovenantId(command.CovenantId), cancellationToken);
        var (covenant, _) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        covenant.OpenForSigning(clock.GetUtcNow());
        return Unit.Value;
    }
}
