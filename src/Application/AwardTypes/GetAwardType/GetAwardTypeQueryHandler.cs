using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Application.AwardTypes.GetAwardType;

public sealed class GetAwardTypeQueryHandler(TimeProvider clock) : IQueryHandler<GetAwardTypeQuery, AwardTypeDto>
{
    public ValueTask<AwardTypeDto> Handle(GetAwardTypeQuery query, CancellationToken cancellationToken)
    {
        var type = AwardCatalogue.Find(query.Code.Trim().ToUpperInvariant())
            ?? throw new NotFoundException(NotFoundErrors.AwardType, $"Award type '{query.Code}' is not in the catalogue.");
        return ValueTask.FromResult(AwardTypeDto.Of(type, query.On ?? LegalCalendar.DateInVietnam(clock.GetUtcNow())));
    }
}
