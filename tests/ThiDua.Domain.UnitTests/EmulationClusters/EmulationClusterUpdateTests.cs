using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.EmulationClusters;

public class EmulationClusterUpdateTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(2);

    [Fact]
    public void Update_WhenNoTerm_AllowsKindAndManagingAuthorityToChange()
    {
        var cluster = TestClusters.Create(kind: ClusterKind.Cluster);
        var newAuthority = Active("UBND");

        cluster.Update("Khối 2", ClusterKind.Block, newAuthority, "Mô tả", Doc("7/QĐ-UBND"), Later);

        cluster.Name.ShouldBe("Khối 2");
        cluster.Kind.ShouldBe(ClusterKind.Block);
        cluster.ManagingAuthorityId.ShouldBe(newAuthority.Id);
        cluster.Description.ShouldBe("Mô tả");
        cluster.GroupingDecision.ShouldBe(Doc("7/QĐ-UBND"));
        cluster.CreatedAt.ShouldBe(Now);
        cluster.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void Update_WhenTermExistsAndKindChanges_ThrowsStructureLocked()
    {
        var authority = Active("SYT");
        var cluster = TestClusters.Create(authority, ClusterKind.Cluster);
        cluster.Define([Active("BV-01")]);

        DomainAssert.ShouldViolate(
            ClusterErrors.StructureLocked,
            () => cluster.Update("Cụm thi đua số 1", ClusterKind.Block, authority, null, null, Later));

        cluster.Kind.ShouldBe(ClusterKind.Cluster);
    }

    [Fact]
    public void Update_WhenTermExistsAndManagingAuthorityChanges_ThrowsStructureLocked()
    {
        var authority = Active("SYT");
        var cluster = TestClusters.Create(authority);
        cluster.Define([Active("BV-01")]);

        DomainAssert.ShouldViolate(
            ClusterErrors.StructureLocked,
            () => cluster.Update("Cụm thi đua số 1", ClusterKind.Cluster, Active("UBND"), null, null, Later));

        cluster.ManagingAuthorityId.ShouldBe(authority.Id);
    }

    [Fact]
    public void Update_WhenTermExists_AllowsNameDescriptionAndDecisionToChange()
    {
        var authority = Active("SYT");
        var cluster = TestClusters.Create(authority, ClusterKind.Block);
        cluster.Define([Active("BV-01")]);

        cluster.Update("  Khối bệnh viện tuyến tỉnh ", ClusterKind.Block, authority, " Mô tả mới ", Doc("9/QĐ-SYT"), Later);

        cluster.Name.ShouldBe("Khối bệnh viện tuyến tỉnh");
        cluster.Description.ShouldBe("Mô tả mới");
        cluster.GroupingDecision.ShouldBe(Doc("9/QĐ-SYT"));
        cluster.Kind.ShouldBe(ClusterKind.Block);
        cluster.ManagingAuthorityId.ShouldBe(authority.Id);
        cluster.UpdatedAt.ShouldBe(Later);
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void Update_WhenNewManagingAuthorityMergedOrDissolved_ThrowsManagingAuthorityNotActive(UnitStatus status)
    {
        var cluster = TestClusters.Create();
        var formerAuthorityId = cluster.ManagingAuthorityId;

        DomainAssert.ShouldViolate(
            ClusterErrors.ManagingAuthorityNotActive,
            () => cluster.Update("Cụm thi đua số 1", ClusterKind.Cluster, Inactive("SYT-CU", status), null, null, Later));

        cluster.ManagingAuthorityId.ShouldBe(formerAuthorityId);
    }

    [Fact]
    public void Update_WhenCurrentManagingAuthorityLaterMerged_StillAllowsNameChange()
    {
        var authority = Active("SYT");
        var cluster = TestClusters.Create(authority);
        cluster.Define([Active("BV-01")]);
        authority.MergeInto(Active("SYT-MOI"), LeftOn, Doc(), null, Now);

        cluster.Update("Cụm thi đua (lịch sử)", ClusterKind.Cluster, authority, null, null, Later);

        cluster.Name.ShouldBe("Cụm thi đua (lịch sử)");
    }
}
