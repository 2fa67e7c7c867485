using ThiDua.Domain.Common;
using ThiDua.Domain.Units.Events;

namespace ThiDua.Domain.Units;

/// <summary>
/// An organisation unit (đơn vị): a Sở, hospital, centre, chi cục, college, or another body.
/// Units are temporal: merged and dissolved units keep their record and point to their successor,
/// so that history stays readable after the 2025 reorganisation (domain.md §8).
/// </summary>
public sealed class OrganisationUnit : AggregateRoot<UnitId>
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 300;
    public const int ShortNameMaxLength = 100;
    public const int ProvinceMaxLength = 100;

    private readonly List<UnitLineageEvent> _lineageEvents = [];
    private readonly List<YearRating> _ratings = [];

    private OrganisationUnit()
    {
    }

    /// <summary>Unique code (mã đơn vị), stored upper-case.</summary>
    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string? ShortName { get; private set; }

    /// <summary>
    /// Mã định danh điện tử (Decision 20/2020/QĐ-TTg), e.g. <c>000.00.00.H56</c>: how e-office systems and documents name
    /// the unit as an agency. Optional, unique; see <see cref="Common.AgencyCode"/> for its shape.
    /// </summary>
    public string? AgencyCode { get; private set; }

    public UnitKind Kind { get; private set; }

    /// <summary>Đơn vị chủ quản / cấp trên trực tiếp.</summary>
    public UnitId? ParentId { get; private set; }

    /// <summary>Tỉnh / thành phố.</summary>
    public string Province { get; private set; } = null!;

    public UnitStatus Status { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>For a merged unit: the unit that absorbed it.</summary>
    public UnitId? SuccessorId { get; private set; }

    public IReadOnlyCollection<UnitLineageEvent> LineageEvents => _lineageEvents.AsReadOnly();

    /// <summary>Yearly ratings of the collective's task completion (mức độ hoàn thành nhiệm vụ của tập thể).</summary>
    public IReadOnlyCollection<YearRating> Ratings => _ratings.AsReadOnly();

    public bool IsActive => Status == UnitStatus.Active;

    public static string NormalizeCode(string code) => Text.Clean(code).ToUpperInvariant();

    public static OrganisationUnit Create(
        string code,
        string name,
        string? shortName,
        UnitKind kind,
        OrganisationUnit? parent,
        string province,
        DateOnly validFrom,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(province);
        if (parent is { IsActive: false })
        {
            throw new DomainRuleViolationException(UnitErrors.ParentNotActive);
        }

        var unit = new OrganisationUnit
        {
            Id = UnitId.New(),
            Code = NormalizeCode(code),
            Name = Text.Clean(name),
            ShortName = Text.CleanOptional(shortName),
            Kind = kind,
            ParentId = parent?.Id,
            Province = Text.Clean(province),
            Status = UnitStatus.Active,
            ValidFrom = validFrom,
        };
        unit.Touch(now);
        return unit;
    }

    /// <summary>Corrects descriptive data. An official renaming is a lineage event (<see cref="Rename"/>), which keeps the former name.</summary>
    public void Update(string name, string? shortName, UnitKind kind, string province, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(province);
        EnsureActive();
        Name = Text.Clean(name);
        ShortName = Text.CleanOptional(shortName);
        Kind = kind;
        Province = Text.Clean(province);
        Touch(now);
    }

    /// <summary>Sets or (with null) removes the unit's electronic identifier code; the caller has validated its shape.</summary>
    public void AssignAgencyCode(string? agencyCode, DateTimeOffset now)
    {
        EnsureActive();
        var normalized = string.IsNullOrWhiteSpace(agencyCode) ? null : Common.AgencyCode.Normalize(agencyCode);
        if (normalized is not null && !Common.AgencyCode.IsValid(normalized))
        {
            throw new ArgumentException("The agency code does not have the shape of Decision 20/2020/QĐ-TTg.", nameof(agencyCode));
        }

        AgencyCode = normalized;
        Touch(now);
    }

    public UnitLineageEvent Rename(string newName, string? newShortName, DateOnly effectiveOn, DocumentReference legalBasis, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newName);
        EnsureCanRecord(effectiveOn);
        var cleaned = Text.Clean(newName);
        if (string.Equals(cleaned, Name, StringComparison.Ordinal))
        {
            throw new DomainRuleViolationException(UnitErrors.SameName);
        }

        var lineageEvent = UnitLineageEvent.Create(
            LineageEventType.Rename, effectiveOn, legalBasis, note, now, previousName: Name, newName: cleaned);
        Name = cleaned;
        ShortName = Text.CleanOptional(newShortName) ?? ShortName;
        return Record(lineageEvent, now);
    }

    /// <summary>
    /// Moves the unit under another parent. <paramref name="newParentAncestors"/> are the ancestors of the new parent:
    /// the unit may not appear among them, because a unit cannot be its own ancestor.
    /// </summary>
    public UnitLineageEvent Transfer(
        OrganisationUnit newParent,
        IReadOnlyCollection<UnitId> newParentAncestors,
        DateOnly effectiveOn,
        DocumentReference legalBasis,
        string? note,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(newParent);
        ArgumentNullException.ThrowIfNull(newParentAncestors);
        EnsureCanRecord(effectiveOn);
        EnsureValidParent(newParent, newParentAncestors);
        if (ParentId == newParent.Id)
        {
            throw new DomainRuleViolationException(UnitErrors.SameParent);
        }

        var lineageEvent = UnitLineageEvent.Create(
            LineageEventType.Transfer, effectiveOn, legalBasis, note, now, previousParentId: ParentId, newParentId: newParent.Id);
        ParentId = newParent.Id;
        return Record(lineageEvent, now);
    }

    public UnitLineageEvent MergeInto(OrganisationUnit successor, DateOnly effectiveOn, DocumentReference legalBasis, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(successor);
        EnsureCanRecord(effectiveOn);
        if (successor.Id == Id)
        {
            throw new DomainRuleViolationException(UnitErrors.MergeIntoItself);
        }

        if (!successor.IsActive)
        {
            throw new DomainRuleViolationException(UnitErrors.SuccessorNotActive);
        }

        var lineageEvent = UnitLineageEvent.Create(
            LineageEventType.Merge, effectiveOn, legalBasis, note, now, successorId: successor.Id);
        Status = UnitStatus.Merged;
        ValidTo = effectiveOn;
        SuccessorId = successor.Id;
        Raise(new UnitLeftOrganisationDomainEvent(Id, Status, effectiveOn, successor.Id));
        return Record(lineageEvent, now);
    }

    public UnitLineageEvent Dissolve(DateOnly effectiveOn, DocumentReference legalBasis, string? note, DateTimeOffset now)
    {
        EnsureCanRecord(effectiveOn);
        var lineageEvent = UnitLineageEvent.Create(LineageEventType.Dissolve, effectiveOn, legalBasis, note, now);
        Status = UnitStatus.Dissolved;
        ValidTo = effectiveOn;
        Raise(new UnitLeftOrganisationDomainEvent(Id, Status, effectiveOn, null));
        return Record(lineageEvent, now);
    }

    /// <summary>Whether the unit existed as itself on <paramref name="date"/>.</summary>
    public bool IsActiveOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date < ValidTo);

    private void EnsureValidParent(OrganisationUnit parent, IReadOnlyCollection<UnitId> parentAncestors)
    {
        if (parent.Id == Id || parentAncestors.Contains(Id))
        {
            throw new DomainRuleViolationException(UnitErrors.HierarchyCycle);
        }

        if (!parent.IsActive)
        {
            throw new DomainRuleViolationException(UnitErrors.ParentNotActive);
        }
    }

    /// <summary>
    /// Records (or corrects) the collective's rating of a year. A merged or dissolved unit keeps ratings only for the
    /// years it existed.
    /// </summary>
    public void RecordRating(int year, PerformanceRating rating, DocumentReference? document, DateTimeOffset now)
    {
        if (!IsActive && ValidTo is { } end && year > end.Year)
        {
            throw new DomainRuleViolationException(UnitErrors.NotActive);
        }

        YearRating.Record(_ratings, year, rating, document);
        Touch(now);
    }

    public PerformanceRating? RatingIn(int year) => _ratings.FirstOrDefault(r => r.Year == year)?.Rating;

    private void EnsureActive()
    {
        if (!IsActive)
        {
            throw new DomainRuleViolationException(UnitErrors.NotActive);
        }
    }

    private void EnsureCanRecord(DateOnly effectiveOn)
    {
        EnsureActive();
        if (effectiveOn < ValidFrom)
        {
            throw new DomainRuleViolationException(UnitErrors.EffectiveBeforeValidFrom);
        }

        if (_lineageEvents.Count > 0 && effectiveOn < _lineageEvents.Max(e => e.EffectiveOn))
        {
            throw new DomainRuleViolationException(UnitErrors.EffectiveBeforeLastEvent);
        }
    }

    private UnitLineageEvent Record(UnitLineageEvent lineageEvent, DateTimeOffset now)
    {
        _lineageEvents.Add(lineageEvent);
        Touch(now);
        return lineageEvent;
    }
}
