using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.EmulationClusters;

public class ClusterMembershipTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    // ---- AddMember -----------------------------------------------------------------------------

    [Fact]
    public void AddMember_WhenNewUnit_AddsCurrentMemberFromJoinDate()
    {
        var authority = Active("SYT");
        var cluster = TestClusters.Create(authority, ClusterKind.Block);
        var term = cluster.Define([Active("BV-01")]);
        var newcomer = Active("BV-02");

        var member = cluster.AddMember(Year, newcomer, new DateOnly(Year, 4, 15), NoOtherGroupings, Later);

        member.UnitId.ShouldBe(newcomer.Id);
        member.JoinedOn.ShouldBe(new DateOnly(Year, 4, 15));
        member.ManagingAuthorityId.ShouldBe(authority.Id);
        member.ClusterKind.ShouldBe(ClusterKind.Block);
        member.Year.ShouldBe(Year);
        member.IsCurrent.ShouldBeTrue();
        term.FindMember(newcomer.Id).ShouldBeSameAs(member);
        term.IsCurrentMember(newcomer.Id).ShouldBeTrue();
        cluster.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void AddMember_WhenNoJoinDate_JoinsOnFirstDayOfYear()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);

        var member = cluster.AddMember(Year, Active("BV-02"), null, NoOtherGroupings, Later);

        member.JoinedOn.ShouldBe(new DateOnly(Year, 1, 1));
    }

    [Fact]
    public void AddMember_WhenAlreadyMember_ThrowsAlreadyMember()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");
        cluster.Define([a]);

        DomainAssert.ShouldViolate(ClusterErrors.AlreadyMember, () => cluster.AddMember(Year, a, null, NoOtherGroupings, Later));
    }

    [Fact]
    public void AddMember_WhenUnitLeftByReorganisation_ThrowsAlreadyMember()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");
        var term = cluster.Define([a, Active("BV-02")]);
        cluster.RecordUnitLeft(a.Id, new DateOnly(Year, 7, 1), MemberLeaveReason.Merged, Now);

        DomainAssert.ShouldViolate(ClusterErrors.AlreadyMember, () => cluster.AddMember(Year, a, null, NoOtherGroupings, Later));

        term.Members.Count(m => m.UnitId == a.Id).ShouldBe(1);
    }

    [Theory]
    [InlineData(2024, 12, 31)] // the day before the year
    [InlineData(2026, 1, 1)] // the day after the year
    [InlineData(2030, 6, 1)]
    public void AddMember_WhenJoinDateOutsideYear_ThrowsJoinDateOutsideYear(int year, int month, int day)
    {
        var cluster = TestClusters.Create();
        var term = cluster.Define([Active("BV-01")]);
        var newcomer = Active("BV-02");

        DomainAssert.ShouldViolate(
            ClusterErrors.JoinDateOutsideYear,
            () => cluster.AddMember(Year, newcomer, new DateOnly(year, month, day), NoOtherGroupings, Later));

        term.FindMember(newcomer.Id).ShouldBeNull();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 31)]
    public void AddMember_WhenJoinDateOnFirstOrLastDayOfYear_Succeeds(int month, int day)
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);

        var member = cluster.AddMember(Year, Active("BV-02"), new DateOnly(Year, month, day), NoOtherGroupings, Later);

        member.JoinedOn.ShouldBe(new DateOnly(Year, month, day));
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void AddMember_WhenUnitMergedOrDissolved_ThrowsMemberUnitNotActive(UnitStatus status)
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);

        DomainAssert.ShouldViolate(
            ClusterErrors.MemberUnitNotActive,
            () => cluster.AddMember(Year, Inactive("BV-CU", status), null, NoOtherGroupings, Later));
    }

    [Fact]
    public void AddMember_WhenUnitBelongsToOtherGrouping_ThrowsUnitInOtherGrouping()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);
        var busy = Active("BV-02");

        DomainAssert.ShouldViolate(
            ClusterErrors.UnitInOtherGrouping,
            () => cluster.AddMember(Year, busy, null, new HashSet<UnitId> { busy.Id }, Later));
    }

    [Fact]
    public void AddMember_WhenNoTermForYear_ThrowsKeyNotFound()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")], year: 2025);

        Should.Throw<KeyNotFoundException>(() => cluster.AddMember(2026, Active("BV-02"), null, NoOtherGroupings, Later));
    }

    // ---- RemoveMember --------------------------------------------------------------------------

    [Fact]
    public void RemoveMember_WhenOrdinaryMember_RemovesIt()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var other = Active("BV-02");
        var term = cluster.Define([head, other], Election(head, null));

        cluster.RemoveMember(Year, other.Id, Later);

        term.FindMember(other.Id).ShouldBeNull();
        term.IsCurrentMember(other.Id).ShouldBeFalse();
        cluster.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void RemoveMember_WhenHead_ThrowsMemberHoldsPost()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var term = cluster.Define([head, deputy, Active("BV-03")], Election(head, deputy));

        DomainAssert.ShouldViolate(ClusterErrors.MemberHoldsPost, () => cluster.RemoveMember(Year, head.Id, Later));

        term.IsCurrentMember(head.Id).ShouldBeTrue();
    }

    [Fact]
    public void RemoveMember_WhenDeputy_ThrowsMemberHoldsPost()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var term = cluster.Define([head, deputy, Active("BV-03")], Election(head, deputy));

        DomainAssert.ShouldViolate(ClusterErrors.MemberHoldsPost, () => cluster.RemoveMember(Year, deputy.Id, Later));

        term.IsCurrentMember(deputy.Id).ShouldBeTrue();
    }

    [Fact]
    public void RemoveMember_WhenFormerHeadAfterNewElection_Succeeds()
    {
        var cluster = TestClusters.Create();
        var oldHead = Active("BV-01");
        var newHead = Active("BV-02");
        var term = cluster.Define([oldHead, newHead], Election(oldHead, null, "01/BB"));
        cluster.Define([oldHead, newHead], Election(newHead, null, "02/BB"), now: Later);

        cluster.RemoveMember(Year, oldHead.Id, Later.AddHours(1));

        term.FindMember(oldHead.Id).ShouldBeNull();
    }

    [Theory]
    [InlineData(MemberLeaveReason.Merged)]
    [InlineData(MemberLeaveReason.Dissolved)]
    public void RemoveMember_WhenMemberLeftByReorganisation_ThrowsMemberLeftByReorganisation(MemberLeaveReason reason)
    {
        var cluster = TestClusters.Create();
        var gone = Active("BV-01");
        var term = cluster.Define([gone, Active("BV-02")]);
        cluster.RecordUnitLeft(gone.Id, new DateOnly(Year, 7, 1), reason, Now);

        DomainAssert.ShouldViolate(ClusterErrors.MemberLeftByReorganisation, () => cluster.RemoveMember(Year, gone.Id, Later));

        term.FindMember(gone.Id).ShouldNotBeNull();
    }

    [Fact]
    public void RemoveMember_WhenUnitNotMember_ThrowsKeyNotFound()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);

        Should.Throw<KeyNotFoundException>(() => cluster.RemoveMember(Year, Active("BV-99").Id, Later));
    }

    [Fact]
    public void RemoveMember_WhenNoTermForYear_ThrowsKeyNotFound()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");
        cluster.Define([a], year: 2025);

        Should.Throw<KeyNotFoundException>(() => cluster.RemoveMember(2026, a.Id, Later));
    }
}
