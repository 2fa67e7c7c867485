using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.GetNominationById;

/// <summary>
/// The proposing unit (its officer), a council over it, an admin or an integration client over it reads the dossier. A
/// line's eligibility facts reveal the nominee's ratings and disciplines: they are shown only to whoever may see the
/// personal data of the nominee's unit (not to integration clients, nor to a unit officer for another unit's staff).
/// </summary>
public sealed class GetNominationByIdQueryHandler(INominationQueries queries, AccessGuard access) : IQueryHandler<GetNominationByIdQuery, NominationDto>
{
    public async ValueTask<NominationDto> Handle(GetNominationByIdQuery query, CancellationToken cancellationToken)
    {
        var nomination = await queries.GetAsync(new NominationId(query.Id), cancellationToken) ?? throw new NotFoundException("Nomination", query.Id);
        await access.EnsureCanActForAsync(new UnitId(nomination.ProposingUnit.Id), cancellationToken);
        var visible = new Dictionary<Guid, bool>();
        var lines = new List<NominationLineDto>(nomination.Lines.Count);
        foreach (var line in nomination.Lines)
        {
            if (!visible.TryGetValue(line.UnitId, out var maySee))
            {
                maySee = await access.MaySeePersonalDataAsync(new UnitId(line.UnitId), cancellationToken);
                visible[line.UnitId] = maySee;
            }

            lines.Add(maySee ? line : line.WithoutPersonalFacts());
        }

        return nomination with { Lines = lines };
    }
}
