using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics;

/// <summary>A TĐKT organisational unit of the register.</summary>
public sealed record ApparatusUnitDto(string Reference, string Name, ApparatusLevel Level, Staffing Staffing);

/// <summary>A TĐKT staff entry of the register (no name, citizen id or birth date).</summary>
public sealed record ApparatusStaffDto(string Reference, Gender Gender, int BirthYear, EducationLevel Education, int FirstYearInField, Staffing Staffing);

/// <summary>An authority's TĐKT apparatus register for a report year (forms 0604 and 0605).</summary>
public sealed record ApparatusRegisterDto(
    Guid Id, Guid AuthorityId, int Year, IReadOnlyList<ApparatusUnitDto> Units, IReadOnlyList<ApparatusStaffDto> Staff, DateTimeOffset UpdatedAt, uint Version)
{
    public static ApparatusRegisterDto Of(ApparatusRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return new(
            register.Id.Value,
            register.AuthorityId.Value,
            register.Year,
            register.Units.OrderBy(u => u.Reference, StringComparer.Ordinal).Select(u => new ApparatusUnitDto(u.Reference, u.Name, u.Level, u.Staffing)).ToList(),
            register.Staff.OrderBy(s => s.Reference, StringComparer.Ordinal).Select(s => new ApparatusStaffDto(s.Reference, s.Gender, s.BirthYear, s.Education, s.FirstYearInField, s.Staffing)).ToList(),
            register.UpdatedAt,
            register.Version);
    }
}

/// <summary>Read side of the apparatus registers (implemented in Infrastructure).</summary>
public interface IApparatusRegisterQueries
{
    Task<ApparatusRegisterDto?> FindAsync(Guid authorityId, int year, CancellationToken cancellationToken);
}
