using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.EmulationClusters;

public class EmulationClusterCreateTests
{
    [Fact]
    public void Create_WhenManagingAuthorityActive_CreatesClusterWithoutTerms()
    {
        var authority = Active("SYT");
        var decision = Doc("100/QĐ-SYT");

        var cluster = EmulationCluster.Create("  Khối các bệnh vie\u0323\u0302n  ", ClusterKind.Block, authority, "   ", decision, Now);

        cluster.Id.Value.ShouldNotBe(Guid.Empty);
        cluster.Name.ShouldBe("Khối các bệnh viện");
        cluster.Kind.ShouldBe(ClusterKind.Block);
        cluster.ManagingAuthorityId.ShouldBe(authority.Id);
        cluster.Description.ShouldBeNull();
        cluster.GroupingDecision.ShouldBe(decision);
        cluster.Terms.ShouldBeEmpty();
        cluster.CreatedAt.ShouldBe(Now);
        cluster.UpdatedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void Create_WhenManagingAuthorityMergedOrDissolved_ThrowsManagingAuthorityNotActive(UnitStatus status)
    {
        var authority = Inactive("SYT-CU", status);

        DomainAssert.ShouldViolate(
            ClusterErrors.ManagingAuthorityNotActive,
            () => EmulationCluster.Create("Cụm 1", ClusterKind.Cluster, authority, null, null, Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenNameBlank_ThrowsArgumentException(string name)
    {
        Should.Throw<ArgumentException>(() => EmulationCluster.Create(name, ClusterKind.Cluster, Active("SYT"), null, null, Now));
    }
}
