using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.People;

/// <summary>
/// A member of staff (cán bộ, công chức, viên chức, người lao động): identity, effective-dated employment, yearly
/// ratings, recognised initiatives and scientific works, and disciplines and holds — the facts the eligibility rules
/// read (domain.md §2, §8.7). Citizen id (CCCD), birth date and disciplines are personal data.
/// </summary>
public sealed class Person : AggregateRoot<PersonId>
{
    public const int NameMaxLength = 200;
    public const int CitizenIdLength = 12;
    public const int CivilServantCodeMaxLength = 30;

    private readonly List<Employment> _employments = [];
    private readonly List<YearRating> _ratings = [];
    private readonly List<Initiative> _initiatives = [];
    private readonly List<Discipline> _disciplines = [];

    private Person()
    {
    }

    public string FullName { get; private set; } = null!;

    public Gender Gender { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    /// <summary>Số căn cước công dân (CCCD), 12 digits; unique.</summary>
    public string? CitizenId { get; private set; }

    /// <summary>Mã số công chức, viên chức.</summary>
    public string? CivilServantCode { get; private set; }

    /// <summary>The unit of the current employment (kept in step with <see cref="Employments"/> for lookups).</summary>
    public UnitId CurrentUnitId { get; private set; }

    public IReadOnlyCollection<Employment> Employments => _employments.AsReadOnly();

    public IReadOnlyCollection<YearRating> Ratings => _ratings.AsReadOnly();

    public IReadOnlyCollection<Initiative> Initiatives => _initiatives.AsReadOnly();

    public IReadOnlyCollection<Discipline> Disciplines => _disciplines.AsReadOnly();

    public Employment CurrentEmployment => _employments.Single(e => e.To is null);

    public static Person Register(
        string fullName,
        Gender gender,
        DateOnly? birthDate,
        string? citizenId,
        string? civilServantCode,
        OrganisationUnit unit,
        string position,
        DateOnly from,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(position);
        EnsureActive(unit);
        var person = new Person { Id = PersonId.New(), CurrentUnitId = unit.Id };
        person.SetIdentity(fullName, gender, birthDate, citizenId, civilServantCode);
        person._employments.Add(Employment.Start(unit.Id, Text.Clean(position), from));
        person.Touch(now);
        return person;
    }

    public void UpdateIdentity(string fullName, Gender gender, DateOnly? birthDate, string? citizenId, string? civilServantCode, DateTimeOffset now)
    {
        SetIdentity(fullName, gender, birthDate, citizenId, civilServantCode);
        Touch(now);
    }

    /// <summary>Moves the person to another unit from <paramref name="from"/>; the current employment ends the day before.</summary>
    public void Transfer(OrganisationUnit unit, string position, DateOnly from, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(position);
        EnsureActive(unit);
        var current = CurrentEmployment;
        if (unit.Id == current.UnitId)
        {
            throw new DomainRuleViolationException(PersonErrors.SameUnit);
        }

        if (from <= current.From)
        {
            throw new DomainRuleViolationException(PersonErrors.TransferNotAfterCurrent);
        }

        current.End(from.AddDays(-1));
        _employments.Add(Employment.Start(unit.Id, Text.Clean(position), from));
        CurrentUnitId = unit.Id;
        Touch(now);
    }

    /// <summary>Records (or corrects) the rating of a year.</summary>
    public void RecordRating(int year, PerformanceRating rating, DocumentReference? document, DateTimeOffset now)
    {
        YearRating.Record(_ratings, year, rating, document);
        Touch(now);
    }

    public Initiative RecordInitiative(string title, InitiativeKind kind, int year, InitiativeScope scope, string recognisingBody, DocumentReference document, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(recognisingBody);
        ArgumentNullException.ThrowIfNull(document);
        var initiative = Initiative.Create(title, kind, year, scope, recognisingBody, document);
        _initiatives.Add(initiative);
        Touch(now);
        return initiative;
    }

    public Discipline RecordDiscipline(DisciplineKind kind, DateOnly from, DateOnly? to, string reason, DocumentReference legalBasis, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(legalBasis);
        if (to < from)
        {
            throw new DomainRuleViolationException(PersonErrors.PeriodInvalid);
        }

        var discipline = Discipline.Create(kind, from, to, reason, legalBasis);
        _disciplines.Add(discipline);
        Touch(now);
        return discipline;
    }

    /// <summary>Ends a discipline period or lifts a hold (the person is cleared) on <paramref name="lastDay"/>.</summary>
    public void EndDiscipline(Guid disciplineId, DateOnly lastDay, DateTimeOffset now)
    {
        var discipline = FindDiscipline(disciplineId);
        if (discipline.To is not null)
        {
            throw new DomainRuleViolationException(PersonErrors.DisciplineAlreadyEnded.WithMessage(
                $"The {discipline.Kind.ToString().ToLowerInvariant()} ended on {discipline.To:yyyy-MM-dd}; an ended period is a record and is not changed."));
        }

        if (lastDay < discipline.From)
        {
            throw new DomainRuleViolationException(PersonErrors.PeriodInvalid);
        }

        discipline.End(lastDay);
        Touch(now);
    }

    public Discipline FindDiscipline(Guid disciplineId) =>
        _disciplines.FirstOrDefault(d => d.Id == disciplineId) ?? throw new DomainRuleViolationException(PersonErrors.DisciplineNotFound);

    /// <summary>The unit the person worked for on <paramref name="date"/> (their current unit if no employment covers it).</summary>
    public UnitId UnitOn(DateOnly date) =>
        _employments.Where(e => e.From <= date && (e.To is null || e.To >= date)).Select(e => (UnitId?)e.UnitId).FirstOrDefault() ?? CurrentUnitId;

    public PerformanceRating? RatingIn(int year) => _ratings.FirstOrDefault(r => r.Year == year)?.Rating;

    /// <summary>Whether the person worked at <paramref name="unitId"/> at some time in <paramref name="year"/>.</summary>
    public bool WorkedAt(UnitId unitId, int year) => _employments.Any(e => e.UnitId == unitId && e.Covers(year));

    private static void EnsureActive(OrganisationUnit unit)
    {
        if (!unit.IsActive)
        {
            throw new DomainRuleViolationException(PersonErrors.UnitNotActive);
        }
    }

    private void SetIdentity(string fullName, Gender gender, DateOnly? birthDate, string? citizenId, string? civilServantCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        FullName = Text.Clean(fullName);
        Gender = gender;
        BirthDate = birthDate;
        CitizenId = Text.CleanOptional(citizenId);
        CivilServantCode = Text.CleanOptional(civilServantCode);
    }
}
