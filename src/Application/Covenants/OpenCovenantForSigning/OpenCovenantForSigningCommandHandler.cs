using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.OpenCovenantForSigning;

public sealed class OpenCovenantForSigningCommandHandler(CovenantAccess access, ICovenantRepository covenants, HistoryRecording history, TimeProvider clock)
    : ICommandHandler<OpenCovenantForSigningCommand>
{
    public async ValueTask<Unit> Handle(OpenCovenantForSigningCommand command, CancellationToken cancellationToken)
    {
        await covenants.LockForChangeAsync(new CovenantId(command.CovenantId), cancellationToken);
        var (covenant, cluster) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, cluster.ManagingAuthorityId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        covenant.OpenForSigning(clock.GetUtcNow(), historical);
        return Unit.Value;
    }
}
