using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units.Events;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.EmulationClusters;

/// <summary>A member unit is merged or dissolved: <see cref="EmulationCluster.RecordUnitLeft"/>.</summary>
public class ClusterReorganisationTests
{
    private static readonly DateOnly EffectiveOn = new(2025, 7, 1);
    private static readonly DateTimeOffset Later = Now.AddDays(30);

    [Theory]
    [InlineData(MemberLeaveReason.Merged)]
    [InlineData(MemberLeaveReason.Dissolved)]
    public void RecordUnitLeft_WhenCurrentMember_EndsMembershipOnEffectiveDate(MemberLeaveReason reason)
    {
        var cluster = TestClusters.Create();
        var gone = Active("BV-01");
        var stays = Active("BV-02");
        var term = cluster.Define([gone, stays]);

        var changed = cluster.RecordUnitLeft(gone.Id, EffectiveOn, reason, Later);

        changed.ShouldBeTrue();
        var member = term.FindMember(gone.Id).ShouldNotBeNull();
        member.LeftOn.ShouldBe(EffectiveOn);
        member.LeaveReason.ShouldBe(reason);
        member.IsCurrent.ShouldBeFalse();
        term.IsCurrentMember(gone.Id).ShouldBeFalse();
        term.IsCurrentMember(stays.Id).ShouldBeTrue();
        term.Members.Count.ShouldBe(2); // kept as history
        cluster.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void RecordUnitLeft_EndsMembershipInTermsOfThatYearAndLaterButNotEarlier()
    {
        var cluster = TestClusters.Create();
        var gone = Active("BV-01");
        var stays = Active("BV-02");
        var term2024 = cluster.Define([gone, stays], year: 2024);
        var term2025 = cluster.Define([gone, stays], year: 2025);
        var term2026 = cluster.Define([gone, stays], year: 2026);

        cluster.RecordUnitLeft(gone.Id, EffectiveOn, MemberLeaveReason.Merged, Later);

        term2024.FindMember(gone.Id)!.IsCurrent.ShouldBeTrue();
        term2024.FindMember(gone.Id)!.LeftOn.ShouldBeNull();
        term2024.FindMember(gone.Id)!.LeaveReason.ShouldBeNull();

        term2025.FindMember(gone.Id)!.LeftOn.ShouldBe(EffectiveOn);
        term2025.FindMember(gone.Id)!.LeaveReason.ShouldBe(MemberLeaveReason.Merged);

        // A later term cannot be left before it was joined: the leave date is that term's join date.
        term2026.FindMember(gone.Id)!.IsCurrent.ShouldBeFalse();
        term2026.FindMember(gone.Id)!.LeftOn.ShouldBe(new DateOnly(2026, 1, 1));
        term2026.FindMember(gone.Id)!.LeaveReason.ShouldBe(MemberLeaveReason.Merged);
    }

    [Fact]
    public void RecordUnitLeft_WhenEffectiveBeforeJoinDate_LeavesOnJoinDate()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);
        var lateJoiner = Active("BV-02");
        var member = cluster.AddMember(Year, lateJoiner, new DateOnly(Year, 9, 1), NoOtherGroupings, Now);

        cluster.RecordUnitLeft(lateJoiner.Id, EffectiveOn, MemberLeaveReason.Dissolved, Later);

        member.LeftOn.ShouldBe(new DateOnly(Year, 9, 1));
        member.IsCurrent.ShouldBeFalse();
    }

    [Fact]
    public void RecordUnitLeft_WhenUnitNotMember_ReturnsFalseAndChangesNothing()
    {
        var cluster = TestClusters.Create();
        var term = cluster.Define([Active("BV-01")]);
        var updatedAt = cluster.UpdatedAt;

        var changed = cluster.RecordUnitLeft(Active("BV-99").Id, EffectiveOn, MemberLeaveReason.Merged, Later);

        changed.ShouldBeFalse();
        cluster.UpdatedAt.ShouldBe(updatedAt);
        term.Members.ShouldAllBe(m => m.IsCurrent);
    }

    [Fact]
    public void RecordUnitLeft_WhenOnlyEarlierTermsHoldUnit_ReturnsFalse()
    {
        var cluster = TestClusters.Create();
        var gone = Active("BV-01");
        var term2024 = cluster.Define([gone], year: 2024);

        var changed = cluster.RecordUnitLeft(gone.Id, EffectiveOn, MemberLeaveReason.Merged, Later);

        changed.ShouldBeFalse();
        term2024.IsCurrentMember(gone.Id).ShouldBeTrue();
    }

    [Fact]
    public void RecordUnitLeft_WhenAlreadyLeft_ReturnsFalseAndKeepsFirstDate()
    {
        var cluster = TestClusters.Create();
        var gone = Active("BV-01");
        var term = cluster.Define([gone, Active("BV-02")]);
        cluster.RecordUnitLeft(gone.Id, EffectiveOn, MemberLeaveReason.Merged, Later);

        var changed = cluster.RecordUnitLeft(gone.Id, EffectiveOn.AddMonths(1), MemberLeaveReason.Dissolved, Later.AddDays(1));

        changed.ShouldBeFalse();
        term.FindMember(gone.Id)!.LeftOn.ShouldBe(EffectiveOn);
        term.FindMember(gone.Id)!.LeaveReason.ShouldBe(MemberLeaveReason.Merged);
        cluster.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void HeadVacantSince_WhenHeadLeft_ReportsEffectiveDate()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var term = cluster.Define([head, deputy, Active("BV-03")], Election(head, deputy));

        cluster.RecordUnitLeft(head.Id, EffectiveOn, MemberLeaveReason.Merged, Later);

        term.HeadVacantSince.ShouldBe(EffectiveOn);
        term.DeputyVacantSince.ShouldBeNull();
        term.HeadUnitId.ShouldBe(head.Id); // the post still names its former holder until a new election
    }

    [Fact]
    public void DeputyVacantSince_WhenDeputyLeft_ReportsEffectiveDate()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var term = cluster.Define([head, deputy, Active("BV-03")], Election(head, deputy));

        cluster.RecordUnitLeft(deputy.Id, EffectiveOn, MemberLeaveReason.Dissolved, Later);

        term.DeputyVacantSince.ShouldBe(EffectiveOn);
        term.HeadVacantSince.ShouldBeNull();
    }

    [Fact]
    public void VacantSince_WhenOrdinaryMemberLeft_ReportsNoVacancy()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var other = Active("BV-03");
        var term = cluster.Define([head, deputy, other], Election(head, deputy));

        cluster.RecordUnitLeft(other.Id, EffectiveOn, MemberLeaveReason.Merged, Later);

        term.HeadVacantSince.ShouldBeNull();
        term.DeputyVacantSince.ShouldBeNull();
    }

    [Fact]
    public void DefineTerm_WhenNewHoldersElectedAfterPostsFellVacant_ClearsVacancy()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var newHead = Active("BV-03");
        var newDeputy = Active("BV-04");
        var term = cluster.Define([head, deputy, newHead, newDeputy], Election(head, deputy, "01/BB"));
        cluster.RecordUnitLeft(head.Id, EffectiveOn, MemberLeaveReason.Merged, Later);
        cluster.RecordUnitLeft(deputy.Id, EffectiveOn, MemberLeaveReason.Dissolved, Later);

        // The units that left are not listed any more; their memberships stay as history.
        var (_, created) = cluster.DefineTerm(Year, [newHead, newDeputy], Election(newHead, newDeputy, "02/BB"), NoOtherGroupings, Later.AddDays(1));

        created.ShouldBeFalse();
        term.HeadUnitId.ShouldBe(newHead.Id);
        term.DeputyUnitId.ShouldBe(newDeputy.Id);
        term.HeadVacantSince.ShouldBeNull();
        term.DeputyVacantSince.ShouldBeNull();
        term.FindMember(head.Id)!.LeftOn.ShouldBe(EffectiveOn);
        term.FindMember(deputy.Id)!.LeftOn.ShouldBe(EffectiveOn);
    }

    [Fact]
    public void DefineTerm_WhenOnlyHeadReplacedAfterVacancy_LeavesDeputyUnaffected()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var deputy = Active("BV-02");
        var newHead = Active("BV-03");
        var term = cluster.Define([head, deputy, newHead], Election(head, deputy, "01/BB"));
        cluster.RecordUnitLeft(head.Id, EffectiveOn, MemberLeaveReason.Merged, Later);

        cluster.Define([deputy, newHead], Election(newHead, deputy, "02/BB"), now: Later.AddDays(1));

        term.HeadVacantSince.ShouldBeNull();
        term.DeputyVacantSince.ShouldBeNull();
        term.HeadUnitId.ShouldBe(newHead.Id);
    }

    [Fact]
    public void RecordUnitLeft_FromUnitMergeEvent_EndsMembershipAndVacatesPost()
    {
        var cluster = TestClusters.Create();
        var head = Active("BV-01");
        var successor = Active("BV-02");
        var term = cluster.Define([head, successor], Election(head, successor));

        head.MergeInto(successor, EffectiveOn, Doc("88/QĐ-UBND"), null, Later);
        var left = head.DomainEvents.OfType<UnitLeftOrganisationDomainEvent>().ShouldHaveSingleItem();
        cluster.RecordUnitLeft(left.UnitId, left.EffectiveOn, MemberLeaveReason.Merged, Later);

        term.FindMember(head.Id)!.LeftOn.ShouldBe(EffectiveOn);
        term.HeadVacantSince.ShouldBe(EffectiveOn);
        term.IsCurrentMember(successor.Id).ShouldBeTrue();
    }
}
