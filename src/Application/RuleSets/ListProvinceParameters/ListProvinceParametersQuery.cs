using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.RuleSets;
using AttendanceParameter = ThiDua.Application.RuleSets.Dtos.AttendanceParameter;
using MemberShareParameter = ThiDua.Application.RuleSets.Dtos.MemberShareParameter;
using RegistrationParameter = ThiDua.Application.RuleSets.Dtos.RegistrationParameter;

namespace ThiDua.Application.RuleSets.ListProvinceParameters;

/// <summary>A province's parameter versions, oldest first (a handful, one page).</summary>
public sealed record ListProvinceParametersQuery(string Province) : IQuery<Page<ProvinceParametersDto>>;

/// <summary>
/// One version of a province's parameters: in force from <c>EffectiveFrom</c> until <c>SupersededOn</c> (the start of
/// the next version), or open-ended. A parameter left null takes the national value while the version is in force.
/// </summary>
public sealed record ProvinceParametersDto(
    Guid Id,
    string Province,
    DateOnly EffectiveFrom,
    DateOnly? SupersededOn,
    DocumentDto LegalBasis,
    MemberShareParameter? AdvancedCollectiveShare,
    MemberShareParameter? ExcellentCollectiveShare,
    AttendanceParameter? AwardSessionAttendance,
    RegistrationParameter? EmulationRegistration,
    string? ProvincialFlagArticle)
{
    public static IReadOnlyList<ProvinceParametersDto> Of(IReadOnlyList<ProvinceParameters> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList();
        return ordered.Select((v, i) =>
        {
            var values = v.Values;
            return new ProvinceParametersDto(
                v.Id.Value,
                v.Province,
                v.EffectiveFrom,
                i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom : null,
                DocumentDto.From(v.LegalBasis)!,
                MemberShareParameter.From(values.AdvancedCollectiveShare),
                MemberShareParameter.From(values.ExcellentCollectiveShare),
                AttendanceParameter.From(values.AwardSessionAttendance),
                RegistrationParameter.From(values.EmulationRegistration),
                values.ProvincialFlagArticle);
        }).ToList();
    }
}
