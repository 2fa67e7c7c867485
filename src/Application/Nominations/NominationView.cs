using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations;

/// <summary>
/// A dossier as the caller sees it, the one place both the read (<c>GET</c>) and every write on a dossier answer from
/// (issue 16 part 5): a line's eligibility facts reveal the nominee's ratings and disciplines, so they are shown only to
/// whoever may see the personal data of the nominee's unit — not to integration clients, nor to a unit officer for
/// another unit's staff (<see cref="NominationLineDto.WithoutPersonalFacts"/>).
/// </summary>
public sealed class NominationView(INominationQueries queries, AccessGuard access, IReadAfterWrite written)
{
    /// <summary>The dossier for a reader who may act for its proposing unit (404, <c>auth.other_unit</c>, <c>auth.outside_authority</c>).</summary>
    public async Task<NominationDto> GetAsync(Guid nominationId, CancellationToken cancellationToken)
    {
        var nomination = await queries.GetAsync(new NominationId(nominationId), cancellationToken) ?? throw new NotFoundException("Nomination", nominationId);
        await access.EnsureCanActForAsync(new UnitId(nomination.ProposingUnit.Id), cancellationToken);
        return await ShapeAsync(nomination, cancellationToken);
    }

    /// <summary>The dossier as the command just wrote it (inside its transaction), shaped for the caller as a read would be.</summary>
    public Task<NominationDto> AfterWriteAsync(NominationId nominationId, CancellationToken cancellationToken) =>
        written.ReadAsync(
            async ct => await queries.GetAsync(nominationId, ct) is { } nomination ? await ShapeAsync(nomination, ct) : null,
            cancellationToken);

    private async Task<NominationDto> ShapeAsync(NominationDto nomination, CancellationToken cancellationToken)
    {
        // The lines' units checked as a set: the same statements for 1 or 200 lines (issue 13, no N+1).
        var visible = await access.MaySeePersonalDataOfAsync(nomination.Lines.Select(l => new UnitId(l.UnitId)), cancellationToken);
        return nomination with { Lines = nomination.Lines.Select(l => visible[new UnitId(l.UnitId)] ? l : l.WithoutPersonalFacts()).ToList() };
    }
}
