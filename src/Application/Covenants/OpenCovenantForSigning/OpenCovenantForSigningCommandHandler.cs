using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.OpenCovenantForSigning;

public sealed class OpenCovenantForSigningCommandHandler(CovenantAccess access, HistoryRecording history, ICovenantQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<OpenCovenantForSigningCommand, CovenantDetailsDto>
{
    public async ValueTask<CovenantDetailsDto> Handle(OpenCovenantForSigningCommand command, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await access.LoadForChangeByManagerAsync(command.CovenantId, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, cluster.ManagingAuthorityId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        covenant.OpenForSigning(clock.GetUtcNow(), historical);
        return await written.ReadAsync(ct => queries.GetDetailsAsync(covenant.Id, ct), cancellationToken);
    }
}
