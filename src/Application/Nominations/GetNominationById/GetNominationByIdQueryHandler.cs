using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.GetNominationById;

/// <summary>
/// A dossier's eligibility outcomes reveal nominees' ratings and disciplines, so it is read by the proposing unit (its
/// officer), a council over it, or an admin.
/// </summary>
public sealed class GetNominationByIdQueryHandler(INominationQueries queries, AccessGuard access) : IQueryHandler<GetNominationByIdQuery, NominationDto>
{
    public async ValueTask<NominationDto> Handle(GetNominationByIdQuery query, CancellationToken cancellationToken)
    {
        var nomination = await queries.GetAsync(new NominationId(query.Id), cancellationToken) ?? throw new NotFoundException("Nomination", query.Id);
        await access.EnsureMaySeePersonalDataAsync(new UnitId(nomination.ProposingUnit.Id), cancellationToken);
        return nomination;
    }
}
