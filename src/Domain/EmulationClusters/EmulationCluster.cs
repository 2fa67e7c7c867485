using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>
/// An emulation cluster or block (cụm / khối thi đua): a group of units under a managing authority
/// (e.g. the Sở Y tế, or a city's emulation council), with one term per year (domain.md §4).
/// </summary>
public sealed class EmulationCluster : AggregateRoot<ClusterId>
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    private readonly List<ClusterTerm> _terms = [];

    private EmulationCluster()
    {
    }

    public string Name { get; private set; } = null!;

    public ClusterKind Kind { get; private set; }

    /// <summary>The unit that organises the cluster and whose council manages it.</summary>
    public UnitId ManagingAuthorityId { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Quyết định phân cụm, khối: the decision that formed the grouping.</summary>
    public DocumentReference? GroupingDecision { get; private set; }

    public IReadOnlyCollection<ClusterTerm> Terms => _terms.AsReadOnly();

    public static EmulationCluster Create(
        string name,
        ClusterKind kind,
        OrganisationUnit managingAuthority,
        string? description,
        DocumentReference? groupingDecision,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(managingAuthority);
        if (!managingAuthority.IsActive)
        {
            throw new DomainRuleViolationException(ClusterErrors.ManagingAuthorityNotActive);
        }

        var cluster = new EmulationCluster
        {
            Id = ClusterId.New(),
            Name = Text.Clean(name),
            Kind = kind,
            ManagingAuthorityId = managingAuthority.Id,
            Description = Text.CleanOptional(description),
            GroupingDecision = groupingDecision,
        };
        cluster.Touch(now);
        return cluster;
    }

    public void Update(
        string name,
        ClusterKind kind,
        OrganisationUnit managingAuthority,
        string? description,
        DocumentReference? groupingDecision,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(managingAuthority);
        var structureChanges = kind != Kind || managingAuthority.Id != ManagingAuthorityId;
        if (structureChanges && _terms.Count > 0)
        {
            throw new DomainRuleViolationException(ClusterErrors.StructureLocked);
        }

        if (structureChanges && !managingAuthority.IsActive)
        {
            throw new DomainRuleViolationException(ClusterErrors.ManagingAuthorityNotActive);
        }

        Name = Text.Clean(name);
        Kind = kind;
        ManagingAuthorityId = managingAuthority.Id;
        Description = Text.CleanOptional(description);
        GroupingDecision = groupingDecision;
        Touch(now);
    }

    public ClusterTerm? FindTerm(int year) => _terms.FirstOrDefault(t => t.Year == year);

    /// <summary>
    /// Records the year's term as a whole: its current members and, optionally, an election of head and deputy.
    /// Current members missing from <paramref name="members"/> are removed; members who left through a merger or
    /// dissolution stay as history. <paramref name="unitsInOtherGroupings"/> are the units that already belong that
    /// year to another cluster or block of the same kind and managing authority.
    /// </summary>
    /// <returns>The term, and whether it was created by this call.</returns>
    public (ClusterTerm Term, bool Created) DefineTerm(
        int year,
        IReadOnlyCollection<OrganisationUnit> members,
        ElectionRecord? election,
        IReadOnlySet<UnitId> unitsInOtherGroupings,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unitsInOtherGroupings);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ClusterTerm.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, ClusterTerm.MaxYear);

        var term = FindTerm(year);
        var created = term is null;
        if (term is null)
        {
            term = ClusterTerm.Create(Id, year);
            _terms.Add(term);
        }

        foreach (var unit in members.Where(u => term.FindMember(u.Id) is null))
        {
            EnsureCanJoin(unit, year, unitsInOtherGroupings);
            term.AddMember(unit.Id, ManagingAuthorityId, Kind, new DateOnly(year, 1, 1));
        }

        if (election is not null)
        {
            term.RecordElection(election, now);
        }

        var wanted = members.Select(m => m.Id).ToHashSet();
        foreach (var stale in term.Members.Where(m => m.IsCurrent && !wanted.Contains(m.UnitId)).ToList())
        {
            term.RemoveMember(stale);
        }

        Touch(now);
        return (term, created);
    }

    public ClusterMember AddMember(int year, OrganisationUnit unit, DateOnly? joinedOn, IReadOnlySet<UnitId> unitsInOtherGroupings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(unitsInOtherGroupings);
        var term = FindTerm(year) ?? throw new KeyNotFoundException($"No term for {year}.");
        if (term.FindMember(unit.Id) is not null)
        {
            throw new DomainRuleViolationException(ClusterErrors.AlreadyMember);
        }

        EnsureCanJoin(unit, year, unitsInOtherGroupings);
        term.AddMember(unit.Id, ManagingAuthorityId, Kind, joinedOn ?? new DateOnly(year, 1, 1));
        Touch(now);
        return term.FindMember(unit.Id)!;
    }

    public void RemoveMember(int year, UnitId unitId, DateTimeOffset now)
    {
        var term = FindTerm(year) ?? throw new KeyNotFoundException($"No term for {year}.");
        var member = term.FindMember(unitId) ?? throw new KeyNotFoundException($"Unit {unitId} is not a member in {year}.");
        term.RemoveMember(member);
        Touch(now);
    }

    /// <summary>
    /// A member unit was merged or dissolved: it leaves every term from the effective date on.
    /// If it was head or deputy, the post becomes vacant until a new election is recorded.
    /// </summary>
    public bool RecordUnitLeft(UnitId unitId, DateOnly effectiveOn, MemberLeaveReason reason, DateTimeOffset now)
    {
        var changed = false;
        foreach (var term in _terms.Where(t => t.Year >= effectiveOn.Year))
        {
            changed |= term.RecordUnitLeft(unitId, effectiveOn, reason);
        }

        if (changed)
        {
            Touch(now);
        }

        return changed;
    }

    private static void EnsureCanJoin(OrganisationUnit unit, int year, IReadOnlySet<UnitId> unitsInOtherGroupings)
    {
        if (!unit.IsActive)
        {
            throw new DomainRuleViolationException(ClusterErrors.MemberUnitNotActive.WithMessage(
                $"{unit.Name} ({unit.Code}) {(unit.Status == UnitStatus.Merged ? "đã bị sáp nhập" : "đã giải thể")} nên không thể trở thành thành viên.",
                $"{unit.Name} ({unit.Code}) has been {unit.Status.ToString().ToLowerInvariant()} and cannot become a member."));
        }

        if (unitsInOtherGroupings.Contains(unit.Id))
        {
            throw new DomainRuleViolationException(ClusterErrors.UnitInOtherGrouping.WithMessage(
                $"Trong năm {year}, {unit.Name} ({unit.Code}) đã thuộc một cụm, khối thi đua khác cùng loại và cùng cơ quan quản lý.",
                $"{unit.Name} ({unit.Code}) already belongs in {year} to another cluster or block of the same kind and managing authority."));
        }
    }
}
