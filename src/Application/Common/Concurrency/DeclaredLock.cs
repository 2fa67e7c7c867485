namespace ThiDua.Application.Common.Concurrency;

/// <summary>
/// What a command may hold until it commits. The values are the one global order in which <c>LockingBehavior</c> takes
/// a command's declared locks (then, within a kind, by id), so that two commands can never wait for each other in a
/// cycle. Rows found only in the data (the nominees of a decision) come after all of these: see ADR 0020.
/// </summary>
public enum LockedResource
{
    /// <summary>The unit tree as a whole (transfers: cây tổ chức), a PostgreSQL advisory lock, not a row.</summary>
    UnitHierarchy = 0,

    /// <summary>A unit's row (đơn vị).</summary>
    Unit = 1,

    /// <summary>A covenant's row (giao ước thi đua), by id.</summary>
    Covenant = 2,

    /// <summary>The covenant of a cluster for a year, by cluster id and year (when the command names no covenant).</summary>
    ClusterYearCovenant = 3,

    /// <summary>A campaign's row (phong trào thi đua).</summary>
    Campaign = 4,

    /// <summary>A nomination's row (hồ sơ đề nghị khen thưởng).</summary>
    Nomination = 5,

    /// <summary>
    /// The identity of a document being received (agency code, number, notation, issued date, type), a PostgreSQL
    /// advisory lock keyed by it, not a row: two uploads of the same document wait for each other, so a retry racing
    /// its first attempt gets the stored document, not a duplicate error (ADR 0029).
    /// </summary>
    DocumentIdentity = 6,
}

/// <summary>Exclusive locks (<c>FOR UPDATE</c>) guard a change; shared ones (<c>FOR SHARE</c>) guard a reference to the row.</summary>
public enum LockMode
{
    Share = 0,
    Exclusive = 1,
}

/// <summary>One lock a command declares: its kind, the row's id (and year, for a cluster's covenant) and its mode.</summary>
public readonly record struct DeclaredLock(LockedResource Resource, Guid Id, LockMode Mode, int Year = 0)
{
    public static DeclaredLock UnitHierarchy() => new(LockedResource.UnitHierarchy, Guid.Empty, LockMode.Exclusive);

    public static DeclaredLock ForChange(LockedResource resource, Guid id) => new(resource, id, LockMode.Exclusive);

    public static DeclaredLock ForReference(LockedResource resource, Guid id) => new(resource, id, LockMode.Share);

    public static DeclaredLock ClusterYearCovenantForReference(Guid clusterId, int year) =>
        new(LockedResource.ClusterYearCovenant, clusterId, LockMode.Share, year);

    /// <summary>The same row, whatever the mode.</summary>
    public (LockedResource Resource, Guid Id, int Year) Key => (Resource, Id, Year);

    /// <summary>
    /// The locks to take, in the global order (kind, then id, then year), each row once in the strongest mode declared.
    /// </summary>
    public static IReadOnlyList<DeclaredLock> InGlobalOrder(IEnumerable<DeclaredLock> locks) =>
        locks.GroupBy(l => l.Key)
            .Select(g => g.MaxBy(l => l.Mode))
            .OrderBy(l => l.Resource)
            .ThenBy(l => l.Id)
            .ThenBy(l => l.Year)
            .ToList();
}
