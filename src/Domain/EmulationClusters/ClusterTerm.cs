using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>
/// One year of a cluster (nhiệm kỳ): its members, and its head and deputy as last elected.
/// A post whose holder left the term (merged or dissolved) is reported vacant until a new election is recorded.
/// </summary>
public sealed class ClusterTerm
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private readonly List<ClusterMember> _members = [];
    private readonly List<ClusterElection> _elections = [];

    private ClusterTerm()
    {
    }

    public Guid Id { get; private set; }

    public ClusterId ClusterId { get; private set; }

    public int Year { get; private set; }

    public UnitId? HeadUnitId { get; private set; }

    public UnitId? DeputyUnitId { get; private set; }

    public IReadOnlyCollection<ClusterMember> Members => _members.AsReadOnly();

    /// <summary>Every election recorded for this term, oldest first; the last one is in force.</summary>
    public IReadOnlyCollection<ClusterElection> Elections => _elections.AsReadOnly();

    public ClusterElection? CurrentElection => _elections.Count == 0 ? null : _elections.MaxBy(e => e.RecordedAt);

    /// <summary>Date from which the head post is vacant, if its holder left the term.</summary>
    public DateOnly? HeadVacantSince => VacantSince(HeadUnitId);

    /// <summary>Date from which the deputy post is vacant, if its holder left the term.</summary>
    public DateOnly? DeputyVacantSince => VacantSince(DeputyUnitId);

    public bool IsCurrentMember(UnitId unitId) => _members.Any(m => m.UnitId == unitId && m.IsCurrent);

    public ClusterMember? FindMember(UnitId unitId) => _members.FirstOrDefault(m => m.UnitId == unitId);

    internal static ClusterTerm Create(ClusterId clusterId, int year) =>
        new() { Id = EntityIds.New(), ClusterId = clusterId, Year = year };

    internal void AddMember(UnitId unitId, UnitId managingAuthorityId, ClusterKind kind, DateOnly joinedOn)
    {
        if (FindMember(unitId) is not null)
        {
            throw new DomainRuleViolationException(ClusterErrors.AlreadyMember);
        }

        if (joinedOn.Year != Year)
        {
            throw new DomainRuleViolationException(ClusterErrors.JoinDateOutsideYear);
        }

        _members.Add(ClusterMember.Create(unitId, managingAuthorityId, kind, Year, joinedOn));
    }

    internal void RemoveMember(ClusterMember member)
    {
        if (!member.IsCurrent)
        {
            throw new DomainRuleViolationException(ClusterErrors.MemberLeftByReorganisation);
        }

        if (member.UnitId == HeadUnitId || member.UnitId == DeputyUnitId)
        {
            throw new DomainRuleViolationException(ClusterErrors.MemberHoldsPost);
        }

        _members.Remove(member);
    }

    internal void RecordElection(ElectionRecord election, DateTimeOffset now)
    {
        if (election.HeadUnitId == election.DeputyUnitId)
        {
            throw new DomainRuleViolationException(ClusterErrors.HeadAndDeputySame);
        }

        if (!IsCurrentMember(election.HeadUnitId) || (election.DeputyUnitId is { } deputy && !IsCurrentMember(deputy)))
        {
            throw new DomainRuleViolationException(ClusterErrors.PostHolderNotCurrentMember);
        }

        var current = CurrentElection;
        if (current is not null
            && current.HeadUnitId == election.HeadUnitId
            && current.DeputyUnitId == election.DeputyUnitId
            && current.Document == election.Document)
        {
            return;
        }

        // The latest election is the one in force: keep RecordedAt strictly increasing (1 µs, PostgreSQL's precision)
        // so that two elections recorded at the same instant, or under a clock that went back, stay ordered.
        var recordedAt = current is not null && now <= current.RecordedAt ? current.RecordedAt.AddTicks(10) : now;
        _elections.Add(ClusterElection.Create(election.HeadUnitId, election.DeputyUnitId, election.Document, recordedAt));
        HeadUnitId = election.HeadUnitId;
        DeputyUnitId = election.DeputyUnitId;
    }

    /// <summary>Marks the unit's membership as ended; returns whether anything changed.</summary>
    internal bool RecordUnitLeft(UnitId unitId, DateOnly effectiveOn, MemberLeaveReason reason)
    {
        var member = FindMember(unitId);
        if (member is null || !member.IsCurrent)
        {
            return false;
        }

        member.Leave(effectiveOn, reason);
        return true;
    }

    private DateOnly? VacantSince(UnitId? holder) =>
        holder is { } id ? _members.FirstOrDefault(m => m.UnitId == id)?.LeftOn : null;
}
