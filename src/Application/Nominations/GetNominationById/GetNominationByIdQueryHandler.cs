using Mediator;

namespace ThiDua.Application.Nominations.GetNominationById;

/// <summary>
/// The proposing unit (its officer), a council over it, an admin or an integration client over it reads the dossier,
/// shaped for the caller by <see cref="NominationView"/> (eligibility facts withheld where the caller may not see the
/// personal data of the nominee's unit).
/// </summary>
public sealed class GetNominationByIdQueryHandler(NominationView view) : IQueryHandler<GetNominationByIdQuery, NominationDto>
{
    public async ValueTask<NominationDto> Handle(GetNominationByIdQuery query, CancellationToken cancellationToken) =>
        await view.GetAsync(query.Id, cancellationToken);
}
