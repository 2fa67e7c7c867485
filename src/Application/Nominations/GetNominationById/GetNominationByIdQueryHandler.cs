using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.GetNominationById;

public sealed class GetNominationByIdQueryHandler(INominationQueries queries) : IQueryHandler<GetNominationByIdQuery, NominationDto>
{
    public async ValueTask<NominationDto> Handle(GetNominationByIdQuery query, CancellationToken cancellationToken) =>
        await queries.GetAsync(new NominationId(query.Id), cancellationToken) ?? throw new NotFoundException("Nomination", query.Id);
}
