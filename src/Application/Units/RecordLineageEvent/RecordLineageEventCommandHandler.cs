using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.RecordLineageEvent;

public sealed class RecordLineageEventCommandHandler(
    IUnitRepository units, AccessGuard access, IUnitQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<RecordLineageEventCommand, UnitDetailsDocument>
{
    public async ValueTask<UnitDetailsDocument> Handle(RecordLineageEventCommand command, CancellationToken cancellationToken)
    {
        var unit = await units.GetForChangeAsync(new UnitId(command.UnitId), cancellationToken)
            ?? throw new NotFoundException("Unit", command.UnitId);
        await access.EnsureCanReorganiseAsync(unit.Id, cancellationToken);
        command.EnsureVersion(unit.Version);

        var now = clock.GetUtcNow();
        var legalBasis = command.LegalBasis.ToReference();
        _ = command.Type switch
        {
            LineageEventType.Rename => unit.Rename(command.NewName!, command.NewShortName, command.EffectiveOn, legalBasis, command.Note, now),
            LineageEventType.Dissolve => unit.Dissolve(command.EffectiveOn, legalBasis, command.Note, now),
            LineageEventType.Merge => unit.MergeInto(
                await LoadReferencedAsync(command.SuccessorId!.Value, UnitErrors.SuccessorNotFound, cancellationToken),
                command.EffectiveOn, legalBasis, command.Note, now),
            LineageEventType.Transfer => await TransferAsync(unit, command, legalBasis, now, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Type, "Unknown lineage event type."),
        };
        return await written.ReadAsync(ct => queries.GetDetailsAsync(unit.Id, ct), cancellationToken);
    }

    private async Task<UnitLineageEvent> TransferAsync(
        OrganisationUnit unit, RecordLineageEventCommand command, DocumentReference legalBasis, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var newParent = await LoadReferencedAsync(command.NewParentId!.Value, UnitErrors.ParentNotFound, cancellationToken);
        var ancestors = await units.GetAncestorIdsAsync(newParent.Id, cancellationToken);
        return unit.Transfer(newParent, ancestors, command.EffectiveOn, legalBasis, command.Note, now);
    }

    /// <summary>
    /// Loads the successor or new parent, held unchanged until commit; the caller must manage it too, because the
    /// event writes into that unit's history (predecessors, children).
    /// </summary>
    private async Task<OrganisationUnit> LoadReferencedAsync(Guid id, DomainError notFound, CancellationToken cancellationToken)
    {
        var referenced = await units.GetForReferenceAsync(new UnitId(id), cancellationToken)
            ?? throw new DomainRuleViolationException(notFound);
        await access.EnsureCanManageAsync(referenced.Id, cancellationToken);
        return referenced;
    }
}
