using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Statistics.GetApparatusRegister;

/// <summary>Read by whoever may act for the authority (its officer, a council or integration client over it, an admin).</summary>
public sealed class GetApparatusRegisterQueryHandler(AccessGuard access, IApparatusRegisterQueries queries) : IQueryHandler<GetApparatusRegisterQuery, ApparatusRegisterDto>
{
    public async ValueTask<ApparatusRegisterDto> Handle(GetApparatusRegisterQuery query, CancellationToken cancellationToken)
    {
        await access.EnsureCanActForAsync(new UnitId(query.AuthorityId), cancellationToken);
        return await queries.FindAsync(query.AuthorityId, query.Year, cancellationToken)
            ?? throw new NotFoundException(StatisticsErrors.RegisterNotFound);
    }
}
