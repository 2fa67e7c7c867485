using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestCampaigns;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Campaigns;

/// <summary>
/// A cluster launches a campaign of its own for the members of one year's term, through its head unit (domain.md §3:
/// "clusters may launch cluster movements"); and the registration deadline is optional (seed 003 sets none).
/// </summary>
public class ClusterCampaignTests
{
    private const int CampaignYear = 2020;
    private readonly OrganisationUnit _authority = Active("SYT-THA");
    private readonly OrganisationUnit _head;
    private readonly OrganisationUnit _member;
    private readonly OrganisationUnit _outsider;
    private readonly EmulationCluster _cluster;

    public ClusterCampaignTests()
    {
        _head = Active("BVDK-THA", _authority);
        _member = Active("BVNHI-THA", _authority);
        _outsider = Active("CDC-THA", _authority);
        _cluster = TestClusters.Create(_authority);
    }

    private ClusterTerm Term(ElectionRecord? election = null, params OrganisationUnit[] extra) =>
        _cluster.Define([_head, _member, .. extra], election ?? TestClusters.Election(_head, _member), CampaignYear);

    private Campaign DraftForCluster(CampaignPlan? plan = null) => Campaign.DraftForCluster(_cluster, plan ?? Plan(), Now);

    [Fact]
    public void DraftForCluster_RecordsTheClusterAndYear_AndAddressesEveryCurrentMember()
    {
        Term();

        var campaign = DraftForCluster();

        campaign.LaunchingClusterId.ShouldBe(_cluster.Id);
        campaign.ClusterYear.ShouldBe(CampaignYear);
        campaign.LaunchingAuthorityId.ShouldBeNull();
        campaign.IsLaunchedByCluster.ShouldBeTrue();
        campaign.Plan.Scope.AllUnitsUnderAuthority.ShouldBeTrue();
        campaign.Plan.Scope.Units.ShouldBe([_head.Id, _member.Id], ignoreOrder: true);
    }

    [Fact]
    public void ActingHeadOf_IsTheElectedHead()
    {
        Term();

        Campaign.ActingHeadOf(_cluster, CampaignYear).ShouldBe(_head.Id);
    }

    [Fact]
    public void DraftForCluster_WithoutATermThatYear_ThrowsClusterNoTermForYear()
    {
        _cluster.Define([_head, _member], TestClusters.Election(_head, null), CampaignYear + 1);

        DomainAssert.ShouldViolate(CampaignErrors.ClusterNoTermForYear, () => DraftForCluster());
    }

    [Fact]
    public void DraftForCluster_WhenNoHeadWasElected_ThrowsClusterHasNoHead()
    {
        _cluster.DefineTerm(CampaignYear, [_head, _member], null, TestClusters.NoOtherGroupings, Now);

        DomainAssert.ShouldViolate(CampaignErrors.ClusterHasNoHead, () => DraftForCluster());
    }

    [Fact]
    public void DraftForCluster_WhenTheHeadLeftTheCluster_ThrowsClusterHasNoHead()
    {
        Term();
        _cluster.RecordUnitLeft(_head.Id, new DateOnly(CampaignYear, 5, 1), MemberLeaveReason.Merged, Now);

        var exception = DomainAssert.ShouldViolate(CampaignErrors.ClusterHasNoHead, () => DraftForCluster());

        exception.Error.Message.ShouldContain("2020-05-01");
    }

    [Fact]
    public void DraftForCluster_WithAPeriodEndingOnDecember31_IsAccepted()
    {
        Term();

        DraftForCluster(Plan(periodEnd: new DateOnly(CampaignYear, 12, 31))).Plan.PeriodEnd.ShouldBe(new DateOnly(CampaignYear, 12, 31));
    }

    [Fact]
    public void DraftForCluster_WithAPeriodEndingOnJanuary1OfTheNextYear_ThrowsClusterPeriodOutsideYear()
    {
        Term();

        DomainAssert.ShouldViolate(CampaignErrors.ClusterPeriodOutsideYear, () => DraftForCluster(Plan(periodEnd: new DateOnly(CampaignYear + 1, 1, 1))));
    }

    [Fact]
    public void DraftForCluster_ListingOnlyMembers_AddressesThoseListed()
    {
        Term();

        var campaign = DraftForCluster(Plan(scope: new CampaignScope(false, [_member.Id])));

        campaign.Plan.Scope.Units.ShouldBe([_member.Id]);
    }

    [Fact]
    public void DraftForCluster_ListingANonMember_ThrowsScopeUnitNotClusterMember()
    {
        Term();

        DomainAssert.ShouldViolate(CampaignErrors.ScopeUnitNotClusterMember,
            () => DraftForCluster(Plan(scope: new CampaignScope(false, [_member.Id, _outsider.Id]))));
    }

    [Fact]
    public void LaunchForCluster_FixesTheAddresseesAsAtLaunch_AndAddressesOnlyMembers()
    {
        Term();
        var campaign = DraftForCluster();
        _cluster.AddMember(CampaignYear, _outsider, null, TestClusters.NoOtherGroupings, Now);

        campaign.LaunchForCluster(_cluster, InVietnam(2020, 7, 1));

        campaign.Status.ShouldBe(CampaignStatus.Launched);
        campaign.Plan.Scope.Units.ShouldBe([_head.Id, _member.Id, _outsider.Id], ignoreOrder: true);
        campaign.Addresses(_member.Id, [_authority.Id]).ShouldBeTrue();
        campaign.Addresses(Active("BV-X", _authority).Id, [_authority.Id]).ShouldBeFalse();
    }

    [Fact]
    public void LaunchForCluster_WhenAListedUnitLeftTheCluster_ThrowsScopeUnitNotClusterMember()
    {
        Term(null, _outsider);
        var campaign = DraftForCluster(Plan(scope: new CampaignScope(false, [_outsider.Id])));
        _cluster.RecordUnitLeft(_outsider.Id, new DateOnly(CampaignYear, 6, 30), MemberLeaveReason.Dissolved, Now);

        DomainAssert.ShouldViolate(CampaignErrors.ScopeUnitNotClusterMember, () => campaign.LaunchForCluster(_cluster, Now));

        campaign.Status.ShouldBe(CampaignStatus.Draft);
    }

    [Fact]
    public void LaunchForCluster_WhenTheHeadLeftSinceTheDraft_ThrowsClusterHasNoHead()
    {
        Term();
        var campaign = DraftForCluster();
        _cluster.RecordUnitLeft(_head.Id, new DateOnly(CampaignYear, 6, 30), MemberLeaveReason.Merged, Now);

        DomainAssert.ShouldViolate(CampaignErrors.ClusterHasNoHead, () => campaign.LaunchForCluster(_cluster, Now));
    }

    [Fact]
    public void ReviseForCluster_MayNotMoveTheCampaignToAnotherYear()
    {
        Term();
        _cluster.Define([_head, _member], TestClusters.Election(_head, null), CampaignYear + 1);
        var campaign = DraftForCluster();
        var nextYear = Plan() with { PeriodStart = new DateOnly(CampaignYear + 1, 1, 1), PeriodEnd = new DateOnly(CampaignYear + 1, 12, 31), Phases = [], RegistrationDeadline = null };

        DomainAssert.ShouldViolate(CampaignErrors.ClusterPeriodOutsideYear, () => campaign.ReviseForCluster(_cluster, nextYear, Now));
    }

    [Fact]
    public void AuthorityOperations_OnAClusterCampaign_AreProgrammingErrors()
    {
        Term();
        var campaign = DraftForCluster();

        Should.Throw<InvalidOperationException>(() => campaign.Launch(Now));
        Should.Throw<InvalidOperationException>(() => campaign.Revise(Plan(), NoneUnder, Now));
        Should.Throw<InvalidOperationException>(() => campaign.LaunchForCluster(TestClusters.Create(_authority), Now));
    }

    [Fact]
    public void Draft_WithoutARegistrationDeadline_IsAccepted_AndTheDeadlineNeverPasses()
    {
        var campaign = Launched(_authority, Plan() with { RegistrationDeadline = null });

        campaign.Plan.RegistrationDeadline.ShouldBeNull();
        campaign.RegistrationDeadlinePassed(InVietnam(2020, 12, 31, 23, 59)).ShouldBeFalse();
        campaign.RegistrationDeadlinePassed(InVietnam(2021, 6, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Register_WithoutADeadline_IsAcceptedUntilTheCampaignCloses()
    {
        var campaign = Launched(_authority, Plan() with { RegistrationDeadline = null });
        var content = new RegistrationContent([AwardCatalogue.ProvincialFlag], [], []);

        var late = CampaignRegistration.Register(campaign, _member, [_authority.Id], content, "officer", InVietnam(2020, 12, 31, 23, 59));
        late.Status.ShouldBe(RegistrationStatus.Submitted);
        late.Approve(campaign, "council", InVietnam(2021, 1, 5));
        campaign.Close(FinalReview.Create(new DateOnly(2021, 1, 15), Doc("25/BC-SYT"), "Tổng kết"), 0, InVietnam(2021, 1, 15, 15));

        DomainAssert.ShouldViolate(CampaignErrors.Closed,
            () => CampaignRegistration.Register(campaign, _head, [_authority.Id], content, "officer", InVietnam(2021, 1, 16)));
    }

    [Fact]
    public void Register_WithADeadline_StillRefusesTheDayAfter() =>
        DomainAssert.ShouldViolate(RegistrationErrors.DeadlinePassed, () => CampaignRegistration.Register(
            Launched(_authority), _member, [_authority.Id], new RegistrationContent([AwardCatalogue.ProvincialFlag], [], []), "officer", InVietnam(2020, 8, 1, 0, 1)));
}
