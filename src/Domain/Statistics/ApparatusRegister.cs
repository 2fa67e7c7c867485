using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Statistics;

/// <summary>Identity of an authority's TĐKT apparatus register for a year.</summary>
public readonly record struct ApparatusRegisterId(Guid Value) : IEntityId
{
    public static ApparatusRegisterId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}

/// <summary>An organisational unit doing emulation and commendation work (form 0604): a TĐKT office, or a part-time section.</summary>
public sealed class ApparatusUnitEntry
{
    public const int ReferenceMaxLength = 50;
    public const int NameMaxLength = 300;

    private ApparatusUnitEntry()
    {
    }

    /// <summary>The authority's own reference for the entry (e.g. "TĐKT-01"), unique in the register.</summary>
    public string Reference { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public ApparatusLevel Level { get; private set; }

    public Staffing Staffing { get; private set; }

    public static ApparatusUnitEntry Create(string reference, string name, ApparatusLevel level, Staffing staffing) =>
        new() { Reference = Text.Clean(reference), Name = Text.Clean(name), Level = level, Staffing = staffing };
}

/// <summary>
/// A civil servant or public employee doing TĐKT work (form 0605): no name, citizen id or birth date — only what the form
/// counts (gender, birth year, education, first year in the field, dedicated or part-time) and the authority's reference.
/// </summary>
public sealed class ApparatusStaffEntry
{
    public const int ReferenceMaxLength = 50;

    private ApparatusStaffEntry()
    {
    }

    public string Reference { get; private set; } = null!;

    public Gender Gender { get; private set; }

    public int BirthYear { get; private set; }

    public EducationLevel Education { get; private set; }

    public int FirstYearInField { get; private set; }

    public Staffing Staffing { get; private set; }

    public static ApparatusStaffEntry Create(string reference, Gender gender, int birthYear, EducationLevel education, int firstYearInField, Staffing staffing) =>
        new() { Reference = Text.Clean(reference), Gender = gender, BirthYear = birthYear, Education = education, FirstYearInField = firstYearInField, Staffing = staffing };
}

/// <summary>
/// Sổ đăng ký bộ máy làm công tác thi đua, khen thưởng: the TĐKT units and staff of one authority as they stand at the
/// end of a report period (30/11), declared by the authority for forms 0604 and 0605 (ADR 0034). A register, not the
/// people records: the staff doing TĐKT work are rarely the people the system rates and proposes, and the forms count
/// them anonymously. Declaring again for the same year replaces the lists.
/// </summary>
public sealed class ApparatusRegister : AggregateRoot<ApparatusRegisterId>
{
    private readonly List<ApparatusUnitEntry> _units = [];
    private readonly List<ApparatusStaffEntry> _staff = [];

    private ApparatusRegister()
    {
    }

    public UnitId AuthorityId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyCollection<ApparatusUnitEntry> Units => _units.AsReadOnly();

    public IReadOnlyCollection<ApparatusStaffEntry> Staff => _staff.AsReadOnly();

    public static ApparatusRegister Declare(
        OrganisationUnit authority, int year, IReadOnlyList<ApparatusUnitEntry> units, IReadOnlyList<ApparatusStaffEntry> staff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var register = new ApparatusRegister { Id = ApparatusRegisterId.New(), AuthorityId = authority.Id, Year = year };
        register.Replace(units, staff, now);
        return register;
    }

    /// <summary>Replaces both lists; references are unique within each list.</summary>
    public void Replace(IReadOnlyList<ApparatusUnitEntry> units, IReadOnlyList<ApparatusStaffEntry> staff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(staff);
        var twice = units.GroupBy(u => u.Reference, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .Concat(staff.GroupBy(s => s.Reference, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            .FirstOrDefault();
        if (twice is not null)
        {
            throw new DomainRuleViolationException(StatisticsErrors.DuplicateApparatusEntry.WithMessage(
                $"Sổ đăng ký bộ máy thi đua, khen thưởng có hai dòng cùng mã '{twice}'.", $"The TĐKT apparatus register lists '{twice}' twice."));
        }

        _units.Clear();
        _units.AddRange(units);
        _staff.Clear();
        _staff.AddRange(staff);
        Touch(now);
    }
}
