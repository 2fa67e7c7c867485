using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.RuleSets.ListProvinceParameters;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.SetProvinceParameters;

/// <summary>
/// Records a version of a province's rule parameters from a date, set by a provincial regulation; it supersedes the
/// province's earlier version from that date. Returns the version as recorded, with the date a later version supersedes it.
/// </summary>
public sealed record SetProvinceParametersCommand(string Province, DateOnly EffectiveFrom, DocumentInput LegalBasis, ProvinceParameterValues Values) : ICommand<ProvinceParametersDto>;
