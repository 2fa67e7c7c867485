using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.EmulationClusters;

public class ClusterTermTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    [Fact]
    public void DefineTerm_WhenNoTermForYear_CreatesTermWithMembers()
    {
        var authority = Active("SYT");
        var cluster = TestClusters.Create(authority, ClusterKind.Block);
        var a = Active("BV-01");
        var b = Active("BV-02");

        var (term, created) = cluster.DefineTerm(Year, [a, b], null, NoOtherGroupings, Later);

        created.ShouldBeTrue();
        cluster.Terms.ShouldBe([term]);
        cluster.FindTerm(Year).ShouldBeSameAs(term);
        cluster.UpdatedAt.ShouldBe(Later);
        term.Year.ShouldBe(Year);
        term.HeadUnitId.ShouldBeNull();
        term.DeputyUnitId.ShouldBeNull();
        term.Elections.ShouldBeEmpty();
        term.CurrentElection.ShouldBeNull();
        term.Members.Select(m => m.UnitId).ShouldBe([a.Id, b.Id], ignoreOrder: true);
        foreach (var member in term.Members)
        {
            member.ManagingAuthorityId.ShouldBe(authority.Id);
            member.ClusterKind.ShouldBe(ClusterKind.Block);
            member.Year.ShouldBe(Year);
            member.JoinedOn.ShouldBe(new DateOnly(Year, 1, 1));
            member.IsCurrent.ShouldBeTrue();
            member.LeftOn.ShouldBeNull();
            member.LeaveReason.ShouldBeNull();
        }
    }

    [Fact]
    public void DefineTerm_WhenTermExists_UpdatesItsMembers()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");
        var b = Active("BV-02");
        var c = Active("BV-03");
        var (first, _) = cluster.DefineTerm(Year, [a, b], null, NoOtherGroupings, Now);
        var joinedA = first.FindMember(a.Id)!;

        var (term, created) = cluster.DefineTerm(Year, [a, c], null, NoOtherGroupings, Later);

        created.ShouldBeFalse();
        term.ShouldBeSameAs(first);
        cluster.Terms.Count.ShouldBe(1);
        term.Members.Select(m => m.UnitId).ShouldBe([a.Id, c.Id], ignoreOrder: true);
        term.FindMember(a.Id).ShouldBeSameAs(joinedA);
        term.FindMember(b.Id).ShouldBeNull();
        cluster.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void DefineTerm_WhenRedefinedWithNoMembers_RemovesAllMembers()
    {
        var cluster = TestClusters.Create();
        var term = cluster.Define([Active("BV-01"), Active("BV-02")]);

        cluster.Define([]);

        term.Members.ShouldBeEmpty();
    }

    [Fact]
    public void DefineTerm_WhenUnitListedTwice_AddsItOnce()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");

        var term = cluster.Define([a, a]);

        term.Members.Count.ShouldBe(1);
    }

    [Fact]
    public void DefineTerm_ForAnotherYear_CreatesOneTermPerYear()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");

        var first = cluster.Define([a], year: 2025);
        var (second, created) = cluster.DefineTerm(2026, [a], null, NoOtherGroupings, Now);

        created.ShouldBeTrue();
        second.ShouldNotBeSameAs(first);
        cluster.Terms.Select(t => t.Year).ShouldBe([2025, 2026], ignoreOrder: true);
        second.FindMember(a.Id)!.JoinedOn.ShouldBe(new DateOnly(2026, 1, 1));
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void DefineTerm_WhenMemberUnitMergedOrDissolved_ThrowsMemberUnitNotActive(UnitStatus status)
    {
        var cluster = TestClusters.Create();
        var gone = Inactive("BV-CU", status);

        var violation = DomainAssert.ShouldViolate(
            ClusterErrors.MemberUnitNotActive,
            () => cluster.DefineTerm(Year, [Active("BV-01"), gone], null, NoOtherGroupings, Now));

        violation.Message.ShouldContain(gone.Code);
    }

    [Fact]
    public void DefineTerm_WhenUnitBelongsToOtherGrouping_ThrowsUnitInOtherGrouping()
    {
        var cluster = TestClusters.Create();
        var busy = Active("BV-02");

        var violation = DomainAssert.ShouldViolate(
            ClusterErrors.UnitInOtherGrouping,
            () => cluster.DefineTerm(Year, [Active("BV-01"), busy], null, new HashSet<UnitId> { busy.Id }, Now));

        violation.Message.ShouldContain(busy.Code);
    }

    [Fact]
    public void DefineTerm_WhenOtherGroupingsHoldOtherUnits_Succeeds()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");

        var (term, _) = cluster.DefineTerm(Year, [a], null, new HashSet<UnitId> { Active("BV-99").Id }, Now);

        term.IsCurrentMember(a.Id).ShouldBeTrue();
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(0)]
    public void DefineTerm_WhenYearOutside2000To2100_ThrowsArgumentOutOfRange(int year)
    {
        var cluster = TestClusters.Create();

        Should.Throw<ArgumentOutOfRangeException>(() => cluster.DefineTerm(year, [Active("BV-01")], null, NoOtherGroupings, Now));

        cluster.Terms.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ClusterTerm.MinYear)]
    [InlineData(ClusterTerm.MaxYear)]
    public void DefineTerm_WhenYearOnBoundary_CreatesTerm(int year)
    {
        var cluster = TestClusters.Create();

        var (term, created) = cluster.DefineTerm(year, [Active("BV-01")], null, NoOtherGroupings, Now);

        created.ShouldBeTrue();
        term.Year.ShouldBe(year);
    }

    [Fact]
    public void DefineTerm_WhenRedefinedWithoutHead_ThrowsMemberHoldsPost()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var other = Active("BV-03");
        cluster.Define([head, deputy, other], Election(head, deputy));

        DomainAssert.ShouldViolate(
            ClusterErrors.MemberHoldsPost,
            () => cluster.DefineTerm(Year, [deputy, other], null, NoOtherGroupings, Later));
    }

    [Fact]
    public void DefineTerm_WhenRedefinedWithoutDeputy_ThrowsMemberHoldsPost()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var other = Active("BV-03");
        cluster.Define([head, deputy, other], Election(head, deputy));

        DomainAssert.ShouldViolate(
            ClusterErrors.MemberHoldsPost,
            () => cluster.DefineTerm(Year, [head, other], null, NoOtherGroupings, Later));
    }

    [Fact]
    public void DefineTerm_WhenOldHeadRemovedInSameCallThatElectsNewHead_Succeeds()
    {
        var cluster = TestClusters.Create();
        var oldHead = Active("BV-01");
        var deputy = Active("BV-02");
        var newHead = Active("BV-03");
        var term = cluster.Define([oldHead, deputy, newHead], Election(oldHead, deputy, "01/BB"));

        cluster.Define([deputy, newHead], Election(newHead, deputy, "02/BB"), now: Later);

        term.HeadUnitId.ShouldBe(newHead.Id);
        term.DeputyUnitId.ShouldBe(deputy.Id);
        term.FindMember(oldHead.Id).ShouldBeNull();
        term.Elections.Count.ShouldBe(2);
    }

    [Fact]
    public void DefineTerm_WhenNewUnitAddedAndElectedInSameCall_Succeeds()
    {
        var cluster = TestClusters.Create();
        var a = Active("BV-01");
        var newcomer = Active("BV-02");
        var term = cluster.Define([a]);

        cluster.Define([a, newcomer], Election(newcomer, a), now: Later);

        term.HeadUnitId.ShouldBe(newcomer.Id);
        term.DeputyUnitId.ShouldBe(a.Id);
    }
}
