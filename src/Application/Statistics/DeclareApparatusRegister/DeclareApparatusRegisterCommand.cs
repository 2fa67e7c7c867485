using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics.DeclareApparatusRegister;

/// <summary>
/// Declares (or replaces) an authority's TĐKT apparatus register for a report year: its TĐKT organisational units and
/// staff as they stand on 30/11 (forms 0604 and 0605). Returns the register as written and whether it was created.
/// The authority's row is held exclusively, so two declarations for it follow one another.
/// </summary>
public sealed record DeclareApparatusRegisterCommand(
    Guid AuthorityId, int Year, IReadOnlyList<ApparatusUnitInput> Units, IReadOnlyList<ApparatusStaffInput> Staff, uint? ExpectedVersion)
    : ICommand<Upserted<ApparatusRegisterDto>>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForChange(LockedResource.Unit, AuthorityId)];
}

/// <summary>A TĐKT organisational unit: reference, name, level, dedicated or part-time.</summary>
public sealed record ApparatusUnitInput(string Reference, string Name, ApparatusLevel? Level, Staffing? Staffing);

/// <summary>A TĐKT staff member, anonymously: reference, gender, birth year, education, first year in TĐKT work, dedicated or part-time.</summary>
public sealed record ApparatusStaffInput(string Reference, Gender? Gender, int? BirthYear, EducationLevel? Education, int? FirstYearInField, Staffing? Staffing);
