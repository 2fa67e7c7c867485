using Mediator;

namespace ThiDua.Application.Statistics.GetApparatusRegister;

/// <summary>An authority's TĐKT apparatus register for a report year.</summary>
public sealed record GetApparatusRegisterQuery(Guid AuthorityId, int Year) : IQuery<ApparatusRegisterDto>;
