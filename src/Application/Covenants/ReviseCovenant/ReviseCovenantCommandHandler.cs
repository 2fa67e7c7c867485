using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Covenants.ReviseCovenant;

public sealed class ReviseCovenantCommandHandler(CovenantAccess access, ICovenantQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<ReviseCovenantCommand, CovenantDetailsDto>
{
    public async ValueTask<CovenantDetailsDto> Handle(ReviseCovenantCommand command, CancellationToken cancellationToken)
    {
        var (covenant, _) = await access.LoadForManagementAsync(command.CovenantId, cancellationToken);
        command.EnsureVersion(covenant.Version);
        covenant.Revise(command.Terms.ToTerms(), clock.GetUtcNow());
        return await written.ReadAsync(ct => queries.GetDetailsAsync(covenant.Id, ct), cancellationToken);
    }
}
