using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Covenants.SignCovenant;

/// <summary>A unit officer signs for their own unit; the managing authority's council (or an admin) may record any member's signature.</summary>
public sealed class SignCovenantCommandHandler(
    CovenantAccess covenants,
    AccessGuard access,
    ICurrentUser user,
    HistoryRecording history,
    ICovenantQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<SignCovenantCommand, CovenantDetailsDto>
{
    public async ValueTask<CovenantDetailsDto> Handle(SignCovenantCommand command, CancellationToken cancellationToken)
    {
        var unitId = new UnitId(command.UnitId);
        await access.EnsureCanActForAsync(unitId, cancellationToken);

        // The term is read under the declared covenant lock: a member joining in parallel either waits (and is then
        // refused) or is seen. The signing unit is held too (declared), so it stays a member until the signature commits.
        var (covenant, cluster) = await covenants.LoadForChangeAsync(command.CovenantId, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, cluster.ManagingAuthorityId, cancellationToken);

        var term = cluster.FindTerm(covenant.Year) ?? throw new DomainRuleViolationException(CovenantErrors.NoTermForYear);
        covenant.Sign(term, unitId, user.Subject, command.SignatoryName, clock.GetUtcNow(), historical, command.Document?.ToReference());
        return await written.ReadAsync(ct => queries.GetDetailsAsync(covenant.Id, ct), cancellationToken);
    }
}
