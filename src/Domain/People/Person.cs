using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.People;

/// <summary>
/// A member of staff (cán bộ, công chức, viên chức, người lao động): identity, effective-dated employment, yearly
/// ratings, recognised initiatives and scientific works, disciplines and holds, leave periods, positions held and the
/// retirement — the facts the eligibility rules read (domain.md §2, §8.7). Citizen id (CCCD), birth date, disciplines,
/// leave and retirement are personal data.
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
    private readonly List<Leave> _leaves = [];
    private readonly List<Position> _positions = [];

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

    /// <summary>Leave periods by kind (personal data).</summary>
    public IReadOnlyCollection<Leave> Leaves => _leaves.AsReadOnly();

    /// <summary>Positions held (chức vụ), several at a time where the person holds concurrent posts.</summary>
    public IReadOnlyCollection<Position> Positions => _positions.AsReadOnly();

    /// <summary>The retirement as notified or decided, or null (personal data).</summary>
    public Retirement? Retirement { get; private set; }

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

    /// <summary>Which of <paramref name="basis"/> already support a standing award (R9).</summary>
    public IReadOnlySet<Guid> BasisInUse(IEnumerable<Guid> basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var wanted = basis.ToHashSet();
        return _initiatives.Where(i => i.SupportsAwardId is not null && wanted.Contains(i.Id)).Select(i => i.Id).ToHashSet();
    }

    /// <summary>
    /// Rule R9: the initiatives in <paramref name="basis"/> now support <paramref name="awardId"/>, each of them one award
    /// only (Công văn 5007/BNV-TĐKT (2023), mục III.5.c). One that already supports another standing award is refused
    /// with <see cref="AwardErrors.InitiativeAlreadyUsed"/>, naming it; ids that are not this person's initiatives are
    /// left to the caller's own checks (<see cref="AwardErrors.UnknownInitiative"/>).
    /// </summary>
    public void UseAsAwardBasis(AwardRecordId awardId, IReadOnlyCollection<Guid> basis, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (basis.Count == 0)
        {
            return;
        }

        var wanted = basis.ToHashSet();
        var supporting = _initiatives.Where(i => wanted.Contains(i.Id)).ToList();
        var used = supporting.Where(i => i.SupportsAwardId is { } other && other != awardId).ToList();
        if (used.Count > 0)
        {
            throw new DomainRuleViolationException(AwardErrors.InitiativeAlreadyUsed.WithMessage(
                $"{FullName}: {string.Join(", ", used.Select(i => $"'{i.Title}' ({i.Year})"))} đã làm căn cứ cho một khen thưởng khác; mỗi sáng kiến chỉ làm căn cứ cho một khen thưởng (R9).",
                $"{FullName}: {string.Join(", ", used.Select(i => $"'{i.Title}' ({i.Year})"))} already supports another award; an initiative supports one award only (R9)."));
        }

        supporting.ForEach(i => i.Support(awardId));
        Touch(now);
    }

    /// <summary>The initiatives that supported <paramref name="awardId"/> are free again (the award was revoked).</summary>
    public void ReleaseAwardBasis(AwardRecordId awardId, DateTimeOffset now)
    {
        var released = _initiatives.Where(i => i.SupportsAwardId == awardId).ToList();
        if (released.Count == 0)
        {
            return;
        }

        released.ForEach(i => i.Release());
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
                $"Kỷ luật hoặc trường hợp tạm dừng xét (loại '{ApiName.Of(discipline.Kind)}') đã kết thúc ngày {discipline.To:dd'/'MM'/'yyyy}; thời hạn đã kết thúc là hồ sơ lưu và không được thay đổi.",
                $"The '{ApiName.Of(discipline.Kind)}' ended on {discipline.To:yyyy-MM-dd}; an ended period is a record and is not changed."));
        }

        if (lastDay < discipline.From)
        {
            throw new DomainRuleViolationException(PersonErrors.PeriodInvalid);
        }

        discipline.End(lastDay);
        Touch(now);
    }

    /// <summary>
    /// Records a leave period. Periods of leave never overlap (one absence a day), a leave starts no earlier than the
    /// person's first employment, and its document exists already (dated on or before <paramref name="today"/>).
    /// </summary>
    public Leave RecordLeave(LeaveKind kind, DateOnly from, DateOnly? to, DocumentReference document, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        EnsurePeriod(from, to);
        EnsureDocumentNotInFuture(document, today);
        var firstDay = _employments.Min(e => e.From);
        if (from < firstDay)
        {
            throw new DomainRuleViolationException(PersonErrors.LeaveBeforeEmployment.WithMessage(
                $"Thời gian nghỉ bắt đầu từ ngày {from:dd'/'MM'/'yyyy}, trước ngày cá nhân bắt đầu công tác ({firstDay:dd'/'MM'/'yyyy}).",
                $"The leave starts on {from:yyyy-MM-dd}, before the person's employment began on {firstDay:yyyy-MM-dd}."));
        }

        if (_leaves.FirstOrDefault(l => l.Overlaps(from, to)) is { } other)
        {
            throw new DomainRuleViolationException(PersonErrors.LeaveOverlaps.WithMessage(
                $"Thời gian này trùng với thời gian nghỉ (loại '{ApiName.Of(other.Kind)}') từ ngày {other.From:dd'/'MM'/'yyyy}{(other.To is { } endVi ? $" đến ngày {endVi:dd'/'MM'/'yyyy}" : " (chưa kết thúc)")}.",
                $"The period overlaps the '{ApiName.Of(other.Kind)}' leave from {other.From:yyyy-MM-dd}{(other.To is { } end ? $" to {end:yyyy-MM-dd}" : " (still open)")}."));
        }

        var leave = Leave.Create(kind, from, to, document);
        _leaves.Add(leave);
        Touch(now);
        return leave;
    }

    /// <summary>Ends an open leave on <paramref name="lastDay"/>.</summary>
    public void EndLeave(Guid leaveId, DateOnly lastDay, DateTimeOffset now)
    {
        var leave = _leaves.First(l => l.Id == leaveId);
        if (leave.To is not null)
        {
            throw new DomainRuleViolationException(PersonErrors.LeaveAlreadyEnded.WithMessage(
                $"Thời gian nghỉ đã kết thúc ngày {leave.To:dd'/'MM'/'yyyy}; thời gian đã kết thúc là hồ sơ lưu và không được thay đổi.",
                $"The leave ended on {leave.To:yyyy-MM-dd}; an ended period is a record and is not changed."));
        }

        EnsurePeriod(leave.From, lastDay);
        leave.End(lastDay);
        Touch(now);
    }

    /// <summary>Removes a leave recorded by mistake; the audit log keeps what was removed, by whom and when.</summary>
    public void RemoveLeave(Guid leaveId, DateTimeOffset now)
    {
        _leaves.Remove(_leaves.First(l => l.Id == leaveId));
        Touch(now);
    }

    /// <summary>
    /// Records a position held. A position has started by <paramref name="today"/> (one that starts later is recorded
    /// when it starts), its appointment document exists already, and the same position (title and level) is not held
    /// twice over the same days; different positions may overlap (concurrent posts, Decree 152/2025 Art. 9.3).
    /// </summary>
    public Position RecordPosition(string title, PositionLevel level, DateOnly from, DateOnly? to, DocumentReference appointment, DateOnly today, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(appointment);
        EnsurePeriod(from, to);
        if (from > today)
        {
            throw new DomainRuleViolationException(PersonErrors.PositionInFuture.WithMessage(
                $"Chức vụ bắt đầu từ ngày {from:dd'/'MM'/'yyyy}, sau ngày hôm nay ({today:dd'/'MM'/'yyyy}); chỉ ghi nhận khi đã bắt đầu đảm nhiệm.",
                $"The position starts on {from:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}); record it once it has started."));
        }

        EnsureDocumentNotInFuture(appointment, today);
        var clean = Text.Clean(title);
        if (_positions.FirstOrDefault(p => p.Level == level && string.Equals(p.Title, clean, StringComparison.OrdinalIgnoreCase) && p.Overlaps(from, to)) is { } same)
        {
            throw new DomainRuleViolationException(PersonErrors.PositionOverlaps.WithMessage(
                $"Chức vụ '{same.Title}' đã được ghi nhận từ ngày {same.From:dd'/'MM'/'yyyy}{(same.To is { } endVi ? $" đến ngày {endVi:dd'/'MM'/'yyyy}" : " (đang đảm nhiệm)")}.",
                $"'{same.Title}' is already recorded from {same.From:yyyy-MM-dd}{(same.To is { } end ? $" to {end:yyyy-MM-dd}" : " (still held)")}."));
        }

        var position = Position.Create(clean, level, from, to, appointment);
        _positions.Add(position);
        Touch(now);
        return position;
    }

    /// <summary>Ends a position still held on <paramref name="lastDay"/>.</summary>
    public void EndPosition(Guid positionId, DateOnly lastDay, DateTimeOffset now)
    {
        var position = _positions.First(p => p.Id == positionId);
        if (position.To is not null)
        {
            throw new DomainRuleViolationException(PersonErrors.PositionAlreadyEnded.WithMessage(
                $"Chức vụ '{position.Title}' đã kết thúc ngày {position.To:dd'/'MM'/'yyyy}; thời gian đã kết thúc là hồ sơ lưu và không được thay đổi.",
                $"'{position.Title}' ended on {position.To:yyyy-MM-dd}; an ended period is a record and is not changed."));
        }

        EnsurePeriod(position.From, lastDay);
        position.End(lastDay);
        Touch(now);
    }

    /// <summary>Removes a position recorded by mistake; the audit log keeps what was removed, by whom and when.</summary>
    public void RemovePosition(Guid positionId, DateTimeOffset now)
    {
        _positions.Remove(_positions.First(p => p.Id == positionId));
        Touch(now);
    }

    /// <summary>
    /// Records the retirement notice or decision, replacing an earlier one (a decision follows a notice; a corrected
    /// decision replaces the first). The document exists already; the person retires after starting work.
    /// </summary>
    public void RecordRetirement(RetirementKind kind, DateOnly retiresOn, bool higherRetirementAge, DocumentReference document, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        EnsureDocumentNotInFuture(document, today);
        var firstDay = _employments.Min(e => e.From);
        if (retiresOn <= firstDay)
        {
            throw new DomainRuleViolationException(PersonErrors.RetirementBeforeEmployment.WithMessage(
                $"Ngày nghỉ hưu {retiresOn:dd'/'MM'/'yyyy} không sau ngày cá nhân bắt đầu công tác ({firstDay:dd'/'MM'/'yyyy}).",
                $"The retirement date {retiresOn:yyyy-MM-dd} is not after the person's employment began on {firstDay:yyyy-MM-dd}."));
        }

        Retirement = Retirement.Create(kind, retiresOn, higherRetirementAge, document);
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

    private static void EnsurePeriod(DateOnly from, DateOnly? to)
    {
        if (to < from)
        {
            throw new DomainRuleViolationException(PersonErrors.PeriodInvalid);
        }
    }

    private static void EnsureDocumentNotInFuture(DocumentReference document, DateOnly today)
    {
        if (document.Date > today)
        {
            throw new DomainRuleViolationException(PersonErrors.DocumentInFuture.WithMessage(
                $"Văn bản {document.Number} có ngày {document.Date:dd'/'MM'/'yyyy}, sau ngày hôm nay ({today:dd'/'MM'/'yyyy}); thông tin phải căn cứ vào văn bản đã ban hành.",
                $"Document {document.Number} is dated {document.Date:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}); a fact rests on a document already issued."));
        }
    }

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
