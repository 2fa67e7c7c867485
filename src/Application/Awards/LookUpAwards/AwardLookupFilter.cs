using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>
/// What the award lookup (tra cứu khen thưởng) filters on; every filter given must hold (AND). The person filters
/// (<see cref="CitizenId"/>, <see cref="CivilServantCode"/>, <see cref="FullName"/>, <see cref="BirthDate"/>) find
/// individual awards only; the others apply to individual and collective awards alike.
/// </summary>
/// <param name="CitizenId">Số căn cước công dân (CCCD), 12 digits: personal data, matched only among people whose personal data the caller may read.</param>
/// <param name="CivilServantCode">Mã số cán bộ, công chức, viên chức: exact, any letter case.</param>
/// <param name="FullName">Part of the person's name, ignoring case and diacritics.</param>
/// <param name="BirthDate">Ngày sinh, with <see cref="FullName"/>: personal data, as <see cref="CitizenId"/>.</param>
/// <param name="AwardType">Award type code (e.g. <c>CSTDCS</c>), any letter case.</param>
/// <param name="Year">Year of the achievement.</param>
/// <param name="UnitId">The award's unit — the collective, or the person's unit on the decision date — or any unit merged into it (its predecessors, domain.md §8.3).</param>
/// <param name="Decision">The decision's number and symbol (số, ký hiệu), whole, ignoring case and diacritics.</param>
/// <param name="RecipientKind">Individual or collective awards only.</param>
public sealed record AwardLookupFilter(
    string? CitizenId = null,
    string? CivilServantCode = null,
    string? FullName = null,
    DateOnly? BirthDate = null,
    string? AwardType = null,
    int? Year = null,
    Guid? UnitId = null,
    string? Decision = null,
    RecipientKind? RecipientKind = null)
{
    /// <summary>Whether a filter reads personal data (citizen id or birth date).</summary>
    public bool FiltersOnPersonalData => !string.IsNullOrWhiteSpace(CitizenId) || BirthDate is not null;

    /// <summary>Whether a filter names a person (only individual awards can match).</summary>
    public bool FiltersOnPerson =>
        FiltersOnPersonalData || !string.IsNullOrWhiteSpace(CivilServantCode) || !string.IsNullOrWhiteSpace(FullName);
}
