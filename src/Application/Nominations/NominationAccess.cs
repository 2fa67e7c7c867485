using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations;

/// <summary>
/// The proposing unit prepares, submits and withdraws its dossier (its unit officer, a council over it, or an admin); the
/// receiving authority — a council strictly above the proposing unit, or an admin — returns it, reviews, votes and decides.
/// A unit officer proposes only its own unit and its own staff.
/// </summary>
public sealed class NominationAccess(INominationRepository nominations, IUnitRepository units, AccessGuard access)
{
    public async Task<Nomination> LoadForProposerAsync(Guid nominationId, IVersionedCommand? command, CancellationToken cancellationToken)
    {
        var nomination = await LoadAsync(nominationId, cancellationToken);
        await access.EnsureCanActForAsync(nomination.ProposingUnitId, cancellationToken);
        command?.EnsureVersion(nomination.Version);
        return nomination;
    }

    public async Task<Nomination> LoadForAuthorityAsync(Guid nominationId, IVersionedCommand? command, CancellationToken cancellationToken)
    {
        var nomination = await LoadAsync(nominationId, cancellationToken);
        await access.EnsureCanJudgeAsync(nomination.ProposingUnitId, cancellationToken);
        command?.EnsureVersion(nomination.Version);
        return nomination;
    }

    /// <summary>
    /// As <see cref="LoadForAuthorityAsync"/>, for a command that declared the dossier's row locked: a second decision of
    /// the same dossier waits, then finds it decided (409) rather than racing the first on its awards.
    /// </summary>
    public async Task<Nomination> LoadForDecisionAsync(Guid nominationId, IVersionedCommand? command, CancellationToken cancellationToken)
    {
        var nomination = await nominations.GetForChangeAsync(new NominationId(nominationId), cancellationToken)
            ?? throw new NotFoundException("Nomination", nominationId);
        await access.EnsureCanJudgeAsync(nomination.ProposingUnitId, cancellationToken);
        command?.EnsureVersion(nomination.Version);
        return nomination;
    }

    /// <summary>A unit officer proposes only its own unit and its own staff, not those of units below it.</summary>
    public void EnsureMayPropose(Nomination nomination, UnitId nomineeUnit)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        if (access.IsOnlyUnitOfficer && nomineeUnit != nomination.ProposingUnitId)
        {
            throw new ForbiddenException(AccessGuard.OtherUnit.WithMessage("Cán bộ đơn vị chỉ đề nghị khen thưởng cho chính đơn vị và cán bộ của đơn vị mình.", "A unit officer proposes only its own unit and its own staff."));
        }
    }

    /// <summary>Whether <paramref name="unitId"/> is the proposing unit or lies below it.</summary>
    public async Task<bool> IsUnderAsync(UnitId proposingUnit, UnitId unitId, CancellationToken cancellationToken) =>
        unitId == proposingUnit || (await units.GetAncestorIdsAsync(unitId, cancellationToken)).Contains(proposingUnit);

    private async Task<Nomination> LoadAsync(Guid nominationId, CancellationToken cancellationToken) =>
        await nominations.GetByIdAsync(new NominationId(nominationId), cancellationToken) ?? throw new NotFoundException("Nomination", nominationId);
}
