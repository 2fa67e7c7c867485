using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests;

/// <summary>Builds emulation clusters and elections for tests.</summary>
internal static class TestClusters
{
    public const int Year = 2025;

    /// <summary>No unit belongs to another cluster or block that year.</summary>
    public static IReadOnlySet<UnitId> NoOtherGroupings { get; } = new HashSet<UnitId>();

    public static EmulationCluster Create(OrganisationUnit? managingAuthority = null, ClusterKind kind = ClusterKind.Cluster) =>
        EmulationCluster.Create(
            "Cụm thi đua số 1",
            kind,
            managingAuthority ?? TestUnits.Active("SYT"),
            null,
            null,
            TestUnits.Now);

    public static ElectionRecord Election(OrganisationUnit head, OrganisationUnit? deputy, string document = "01/BB-CTĐ") =>
        new(head.Id, deputy?.Id, TestUnits.Doc(document));

    /// <summary>Defines the term of <paramref name="year"/> with <paramref name="members"/> and an optional election.</summary>
    public static ClusterTerm Define(
        this EmulationCluster cluster,
        IReadOnlyCollection<OrganisationUnit> members,
        ElectionRecord? election = null,
        int year = Year,
        DateTimeOffset? now = null) =>
        cluster.DefineTerm(year, members, election, NoOtherGroupings, now ?? TestUnits.Now).Term;
}
