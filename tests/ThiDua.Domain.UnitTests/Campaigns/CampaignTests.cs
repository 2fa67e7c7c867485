using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Campaigns.Events;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestCampaigns;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Campaigns;

/// <summary>Rules of the campaign aggregate (issue "Campaigns"; seed 003).</summary>
public class CampaignTests
{
    private static readonly System.Text.Json.JsonSerializerOptions StoredJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public void Draft_WhenPlanIsValid_CleansTitleAndStartsAsDraft()
    {
        var campaign = Draft();

        campaign.Status.ShouldBe(CampaignStatus.Draft);
        campaign.Plan.Title.ShouldBe("Phong trào thi đua yêu nước năm 2020");
    }

    [Fact]
    public void Draft_WhenAuthorityInactive_ThrowsLaunchingAuthorityNotActive() =>
        DomainAssert.ShouldViolate(CampaignErrors.LaunchingAuthorityNotActive,
            () => Campaign.Draft(Inactive("SYT-X", UnitStatus.Dissolved), Plan(), NoneUnder, Now));

    [Theory]
    [InlineData("2020-06-26", "2020-07-28", "2020-07-28", "2020-12-31")] // second starts on the first's last day
    [InlineData("2020-06-26", "2020-08-15", "2020-08-01", "2020-12-31")]
    [InlineData("2020-07-28", "2020-07-27", "2020-08-01", "2020-12-31")] // first ends before it starts
    public void Draft_WhenPhasesOverlapOrRunBackwards_ThrowsPhasesOverlap(string s1, string e1, string s2, string e2) =>
        DomainAssert.ShouldViolate(CampaignErrors.PhasesOverlap, () => Draft(Plan(phases: [Phase(1, s1, e1), Phase(2, s2, e2)])));

    [Fact]
    public void Draft_WhenPhasesTouchWithoutOverlap_IsAccepted() =>
        Draft(Plan(phases: [Phase(1, "2020-06-26", "2020-07-27"), Phase(2, "2020-07-28", "2020-12-31")])).Plan.Phases.Count.ShouldBe(2);

    [Theory]
    [InlineData("2020-06-25", "2020-07-27")]
    [InlineData("2020-11-01", "2021-01-01")]
    public void Draft_WhenAPhaseLeavesThePeriod_ThrowsPhaseOutsidePeriod(string from, string to) =>
        DomainAssert.ShouldViolate(CampaignErrors.PhaseOutsidePeriod, () => Draft(Plan(phases: [Phase(1, from, to)])));

    [Fact]
    public void Draft_WhenNoContent_ThrowsNoContent() =>
        DomainAssert.ShouldViolate(CampaignErrors.NoContent, () => Draft(Plan(contents: [])));

    [Fact]
    public void Draft_WhenContentCodesRepeatIgnoringCase_ThrowsDuplicateContentCode() =>
        DomainAssert.ShouldViolate(CampaignErrors.DuplicateContentCode,
            () => Draft(Plan(contents: [new CampaignContent("2.a", "A", null), new CampaignContent("2.A", "B", null)])));

    [Theory]
    [InlineData("2020-06-25")]
    [InlineData("2021-01-01")]
    public void Draft_WhenRegistrationDeadlineOutsidePeriod_Throws(string deadline) =>
        DomainAssert.ShouldViolate(CampaignErrors.RegistrationDeadlineOutsidePeriod,
            () => Draft(Plan(registration: DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Draft_WhenPeriodEndsBeforeItStarts_ThrowsPeriodInvalid() =>
        DomainAssert.ShouldViolate(CampaignErrors.PeriodInvalid, () => Draft(Plan(phases: [], periodEnd: Start.AddDays(-1))));

    [Fact]
    public void Draft_WhenTheDossierWindowEndsBeforeItStarts_ThrowsDossierWindowInvalid()
    {
        DomainAssert.ShouldViolate(CampaignErrors.DossierWindowInvalid,
            () => Draft(Plan() with { DossierWindowStart = new DateOnly(2020, 12, 15), DossierWindowEnd = new DateOnly(2020, 12, 14) }));

        var sameDay = Draft(Plan() with { DossierWindowStart = new DateOnly(2020, 12, 15), DossierWindowEnd = new DateOnly(2020, 12, 15) });
        (sameDay.Plan.DossierWindowStart, sameDay.Plan.DossierWindowEnd).ShouldBe((new DateOnly(2020, 12, 15), new DateOnly(2020, 12, 15)));
    }

    [Fact]
    public void Revise_ADraft_ReplacesItsPlan_AndStillChecksTheRules()
    {
        var campaign = Draft();

        campaign.Revise(
            Plan(phases: [Phase(1, "2020-06-26", "2020-12-31")], contents: [new CampaignContent("2.1", "A", null), new CampaignContent("2.2", " B ", new CampaignTarget(95m, "%"))])
                with { Title = "  Phong trào thi đua yêu nước năm 2020 (sửa đổi) " },
            NoneUnder,
            Now.AddDays(1));

        campaign.Status.ShouldBe(CampaignStatus.Draft);
        campaign.Plan.Title.ShouldBe("Phong trào thi đua yêu nước năm 2020 (sửa đổi)");
        campaign.Plan.Phases.ShouldHaveSingleItem().End.ShouldBe(End);
        campaign.Plan.Contents.Select(c => c.Code).ShouldBe(["2.1", "2.2"]);
        campaign.UpdatedAt.ShouldBe(Now.AddDays(1));
        DomainAssert.ShouldViolate(CampaignErrors.NoContent, () => campaign.Revise(Plan(contents: []), NoneUnder, Now));
        campaign.Plan.Contents.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(TargetDirection.AtLeast, 94.9, false)]
    [InlineData(TargetDirection.AtLeast, 95, true)]
    [InlineData(TargetDirection.AtLeast, 99, true)]
    [InlineData(TargetDirection.AtMost, 5, true)]
    [InlineData(TargetDirection.AtMost, 0, true)]
    [InlineData(TargetDirection.AtMost, 5.1, false)]
    public void Target_IsMetOnTheSideOfItsDirection(TargetDirection direction, double value, bool met)
    {
        var target = new CampaignTarget(direction == TargetDirection.AtLeast ? 95m : 5m, "%", direction);

        target.IsMetBy((decimal)value).ShouldBe(met);
    }

    [Fact]
    public void Target_StoredBeforeItHadADirection_ReadsAsAtLeast()
    {
        // Plans are stored as jsonb with the web defaults (JsonbMapping).
        var target = System.Text.Json.JsonSerializer.Deserialize<CampaignTarget>("""{"value":100,"unitOfMeasure":"%"}""", StoredJson)!;

        target.ShouldBe(new CampaignTarget(100m, "%", TargetDirection.AtLeast));
        new CampaignTarget(5m, "%").Direction.ShouldBe(TargetDirection.AtLeast);
    }

    [Fact]
    public void Draft_WhenAListedScopeUnitIsNotUnderTheAuthority_ThrowsScopeUnitOutsideAuthority()
    {
        var inside = Active("BV-1");
        var outside = Active("BV-2");

        DomainAssert.ShouldViolate(CampaignErrors.ScopeUnitOutsideAuthority,
            () => Draft(Plan(scope: new CampaignScope(false, [inside.Id, outside.Id])), new HashSet<UnitId> { inside.Id }));
        Draft(Plan(scope: new CampaignScope(false, [inside.Id])), new HashSet<UnitId> { inside.Id }).Plan.Scope.Units.ShouldBe([inside.Id]);
    }

    [Fact]
    public void Launch_FreezesThePlan_AndRaisesTheEvent()
    {
        var campaign = Draft();

        campaign.Launch(Now);

        campaign.Status.ShouldBe(CampaignStatus.Launched);
        campaign.DomainEvents.OfType<CampaignLaunchedDomainEvent>().ShouldHaveSingleItem().LetterNumber.ShouldBe("1975/SYT-VP");
        DomainAssert.ShouldViolate(CampaignErrors.NotDraft, () => campaign.Revise(Plan(), NoneUnder, Now));
        DomainAssert.ShouldViolate(CampaignErrors.NotDraft, () => campaign.Launch(Now));
    }

    [Fact]
    public void AppendPhase_OnlyAfterLaunch_AfterTheLastPhase_InsideThePeriod()
    {
        var campaign = Draft(Plan(phases: [Phase(1, "2020-06-26", "2020-07-27")]));
        DomainAssert.ShouldViolate(CampaignErrors.NotLaunched, () => campaign.AppendPhase("Đợt 2", new(2020, 7, 28), End, null, [], Now));
        campaign.Launch(Now);

        DomainAssert.ShouldViolate(CampaignErrors.PhaseNotAfterLast, () => campaign.AppendPhase("Đợt 2", new(2020, 7, 27), End, null, [], Now));
        DomainAssert.ShouldViolate(CampaignErrors.PhaseOutsidePeriod, () => campaign.AppendPhase("Đợt 2", new(2020, 7, 28), End.AddDays(1), null, [], Now));
        var phase = campaign.AppendPhase("Đợt 2", new(2020, 7, 28), End, "Cao điểm", ["Quốc khánh 2/9"], Now);

        phase.Number.ShouldBe(2);
        campaign.Plan.Phases.Count.ShouldBe(2);
    }

    [Fact]
    public void AppendPhase_WhenItEndsBeforeItStarts_ThrowsPhasesOverlap()
    {
        var campaign = Launched(Active("SYT-THA"), Plan(phases: [Phase(1, "2020-06-26", "2020-07-27")]));

        DomainAssert.ShouldViolate(CampaignErrors.PhasesOverlap, () => campaign.AppendPhase("Đợt 2", new(2020, 9, 1), new(2020, 8, 31), null, [], Now));
        campaign.Plan.Phases.ShouldHaveSingleItem();
    }

    private static FinalReview Review(DateOnly date) =>
        FinalReview.Create(date, DocumentReference.Create("120/BC-SYT", date, "Sở Y tế Thanh Hóa"), "Tổng kết phong trào thi đua yêu nước năm 2020");

    [Fact]
    public void Close_RecordsTheFinalReview_RaisesTheEvent_AndEndsUnitWork()
    {
        var campaign = Launched(Active("SYT-THA"));

        campaign.Close(Review(new DateOnly(2021, 1, 15)), 0, InVietnam(2021, 1, 15));

        campaign.Status.ShouldBe(CampaignStatus.Closed);
        campaign.FinalReview!.Document.Number.ShouldBe("120/BC-SYT");
        campaign.DomainEvents.OfType<CampaignClosedDomainEvent>().ShouldHaveSingleItem();
        DomainAssert.ShouldViolate(CampaignErrors.Closed, campaign.EnsureOpen);
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => campaign.Close(Review(new DateOnly(2021, 1, 15)), 0, InVietnam(2021, 1, 16)));
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => campaign.AppendPhase("Đợt 3", new(2020, 12, 1), End, null, [], Now));
    }

    [Fact]
    public void Close_WhenDraft_ThrowsNotLaunched() =>
        DomainAssert.ShouldViolate(CampaignErrors.NotLaunched, () => Draft().Close(Review(new DateOnly(2021, 1, 15)), 0, InVietnam(2021, 1, 15)));

    [Fact]
    public void Close_WhenRegistrationsAwaitReview_ThrowsRegistrationsAwaitingReview() =>
        DomainAssert.ShouldViolate(CampaignErrors.RegistrationsAwaitingReview,
            () => Launched(Active("SYT-THA")).Close(Review(new DateOnly(2021, 1, 15)), 1, InVietnam(2021, 1, 15)));

    [Fact]
    public void Close_WhenReviewDatedBeforeTheLetter_ThrowsReviewBeforeLaunch()
    {
        // Without phases, so that the letter's own date (after the period's start) is a valid review date.
        var campaign = Launched(Active("SYT-THA"), Plan(phases: []));

        DomainAssert.ShouldViolate(CampaignErrors.ReviewBeforeLaunch, () => campaign.Close(Review(new DateOnly(2020, 6, 30)), 0, InVietnam(2021, 1, 15)));
        campaign.Close(Review(new DateOnly(2020, 7, 1)), 0, InVietnam(2021, 1, 15));
    }

    [Fact]
    public void Close_WhenReviewDatedBeforeTheLastPhaseStarts_ThrowsReviewBeforeLastPhase()
    {
        // Phase 2, the last, runs 2020-07-28 – 2020-12-31.
        var campaign = Launched(Active("SYT-THA"));

        DomainAssert.ShouldViolate(CampaignErrors.ReviewBeforeLastPhase, () => campaign.Close(Review(new DateOnly(2020, 7, 27)), 0, InVietnam(2021, 1, 15)));
        campaign.Close(Review(new DateOnly(2020, 7, 28)), 0, InVietnam(2021, 1, 15));
    }

    [Fact]
    public void Close_DuringTheLastPhase_IsAccepted()
    {
        // A year-end review conference is often held in late December, before the last phase (and the period) ends.
        var campaign = Launched(Active("SYT-THA"));

        campaign.Close(Review(new DateOnly(2020, 12, 22)), 0, InVietnam(2020, 12, 22, 15));

        campaign.FinalReview!.Date.ShouldBe(new DateOnly(2020, 12, 22));
    }

    [Fact]
    public void Close_WithoutPhases_WhenReviewDatedBeforeThePeriodStarts_ThrowsReviewBeforeLastPhase()
    {
        // A letter of 2020-07-01 launching a period that starts on 2020-07-15.
        var campaign = Launched(Active("SYT-THA"), Plan(phases: []) with { PeriodStart = new DateOnly(2020, 7, 15) });

        DomainAssert.ShouldViolate(CampaignErrors.ReviewBeforeLastPhase, () => campaign.Close(Review(new DateOnly(2020, 7, 14)), 0, InVietnam(2021, 1, 15)));
        campaign.Close(Review(new DateOnly(2020, 7, 15)), 0, InVietnam(2021, 1, 15));
    }

    [Fact]
    public void Close_WhenReviewDatedAfterTodayInVietnam_ThrowsReviewInFuture()
    {
        var campaign = Launched(Active("SYT-THA"));

        // 2021-01-14 18:00 UTC is already 2021-01-15 in Vietnam.
        DomainAssert.ShouldViolate(CampaignErrors.ReviewInFuture, () => campaign.Close(Review(new DateOnly(2021, 1, 15)), 0, InVietnam(2021, 1, 14, 23, 59)));
        campaign.Close(Review(new DateOnly(2021, 1, 15)), 0, new DateTimeOffset(2021, 1, 14, 18, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Addresses_EveryUnitUnderTheAuthority_OrOnlyTheListedUnits()
    {
        var authority = Active("SYT-THA");
        var hospital = Active("BV-1", authority);
        var listed = Active("BV-2", authority);
        var all = Launched(authority);
        var list = Launched(authority, Plan(scope: new CampaignScope(false, [listed.Id])), new HashSet<UnitId> { listed.Id });

        all.Addresses(hospital.Id, [authority.Id]).ShouldBeTrue();
        all.Addresses(authority.Id, []).ShouldBeFalse();
        list.Addresses(listed.Id, [authority.Id]).ShouldBeTrue();
        list.Addresses(hospital.Id, [authority.Id]).ShouldBeFalse();
    }
}
