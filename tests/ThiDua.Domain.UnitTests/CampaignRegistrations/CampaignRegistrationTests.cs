using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestCampaigns;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.CampaignRegistrations;

/// <summary>Rules of registrations (đăng ký thi đua): deadline, scope, award kinds, review.</summary>
public class CampaignRegistrationTests
{
    private static readonly DateTimeOffset BeforeDeadline = InVietnam(2020, 7, 20);
    private readonly OrganisationUnit _authority = Active("SYT-THA");
    private readonly OrganisationUnit _hospital;
    private readonly Campaign _campaign;

    public CampaignRegistrationTests()
    {
        _hospital = Active("BVDK-THA", _authority);
        _campaign = Launched(_authority);
    }

    private static RegistrationContent Content(
        IReadOnlyList<string>? titles = null, IReadOnlyList<IndividualTarget>? people = null) =>
        new(
            titles ?? [AwardCatalogue.ProvincialFlag],
            [new EmulationModel(" Đổi mới phong cách, thái độ phục vụ ", null, "100% người bệnh hài lòng")],
            people ?? [new IndividualTarget("Lê Văn A", "Bác sĩ", AwardCatalogue.GrassrootsEmulationFighter)]);

    private CampaignRegistration Register(DateTimeOffset? at = null, RegistrationContent? content = null) =>
        CampaignRegistration.Register(_campaign, _hospital, [_authority.Id], content ?? Content(), "officer", at ?? BeforeDeadline);

    /// <summary>Revises the hospital's registration, the hospital still under the authority.</summary>
    private void Revise(CampaignRegistration registration, DateTimeOffset at) =>
        registration.Revise(_campaign, _hospital, [_authority.Id], Content(), "officer", at);

    [Fact]
    public void Register_BeforeTheDeadline_IsSubmitted_WithCleanedText()
    {
        var registration = Register();

        registration.Status.ShouldBe(RegistrationStatus.Submitted);
        registration.Content.Models.ShouldHaveSingleItem().Name.ShouldBe("Đổi mới phong cách, thái độ phục vụ");
        registration.Content.TargetTitles.ShouldBe([AwardCatalogue.ProvincialFlag]);
    }

    [Fact]
    public void Register_OnTheDeadlineDayInVietnam_IsAccepted_TheNextDayIsNot()
    {
        Register(InVietnam(2020, 7, 31, 23, 59)).Status.ShouldBe(RegistrationStatus.Submitted);

        // 2020-07-31 17:30 UTC is already 2020-08-01 in Vietnam.
        DomainAssert.ShouldViolate(RegistrationErrors.DeadlinePassed, () => Register(new DateTimeOffset(2020, 7, 31, 17, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Register_WhenTheCampaignIsNotLaunched_ThrowsNotLaunched() =>
        DomainAssert.ShouldViolate(CampaignErrors.NotLaunched,
            () => CampaignRegistration.Register(Draft(authority: _authority), _hospital, [_authority.Id], Content(), "officer", BeforeDeadline));

    [Fact]
    public void Register_WhenTheUnitIsNotAddressed_ThrowsUnitOutOfScope()
    {
        var elsewhere = Active("BV-HN");

        DomainAssert.ShouldViolate(RegistrationErrors.UnitOutOfScope,
            () => CampaignRegistration.Register(_campaign, elsewhere, [], Content(), "officer", BeforeDeadline));
    }

    [Fact]
    public void Register_WhenTheUnitWasDissolved_ThrowsUnitNotActive() =>
        DomainAssert.ShouldViolate(RegistrationErrors.UnitNotActive,
            () => CampaignRegistration.Register(_campaign, Inactive("BV-OLD", UnitStatus.Dissolved), [_authority.Id], Content(), "officer", BeforeDeadline));

    [Fact]
    public void Register_WithoutTargetTitle_ThrowsNoTargetTitle() =>
        DomainAssert.ShouldViolate(RegistrationErrors.NoTargetTitle, () => Register(content: Content(titles: [])));

    [Fact]
    public void Register_WithUnknownAwardType_ThrowsUnknownAwardType() =>
        DomainAssert.ShouldViolate(RegistrationErrors.UnknownAwardType, () => Register(content: Content(titles: ["CO_THI_DUA_XUAT_SAC"])));

    [Fact]
    public void Register_WithAFormNamedWithoutItsRecipient_NamesTheCodeOfTheRightKind()
    {
        // api-guidelines.md writes GIAY_KHEN and BANG_KHEN_TINH; the catalogue has one code per recipient kind.
        var unit = DomainAssert.ShouldViolate(RegistrationErrors.UnknownAwardType, () => Register(content: Content(titles: ["GIAY_KHEN"])));
        var person = DomainAssert.ShouldViolate(RegistrationErrors.UnknownAwardType,
            () => Register(content: Content(people: [new IndividualTarget("Lê Văn A", null, "BANG_KHEN_TINH")])));

        unit.Message.ShouldContain("Did you mean GIAY_KHEN_TAP_THE?");
        unit.Message.ShouldContain(AwardCatalogue.ProvincialFlag);
        unit.Message.ShouldNotContain(AwardCatalogue.CommendationIndividual);
        person.Message.ShouldContain("Did you mean BANG_KHEN_TINH_CA_NHAN?");
        person.Message.ShouldContain(AwardCatalogue.GrassrootsEmulationFighter);
    }

    [Fact]
    public void Register_WithAnIndividualTitleAsTheUnitsTarget_ThrowsTargetTitleNotCollective() =>
        DomainAssert.ShouldViolate(RegistrationErrors.TargetTitleNotCollective, () => Register(content: Content(titles: [AwardCatalogue.AdvancedWorker])));

    [Fact]
    public void Register_WithACollectiveTitleForAPerson_ThrowsIndividualTargetNotIndividual() =>
        DomainAssert.ShouldViolate(RegistrationErrors.IndividualTargetNotIndividual,
            () => Register(content: Content(people: [new IndividualTarget("Lê Văn A", null, AwardCatalogue.ExcellentCollective)])));

    [Fact]
    public void Register_WithTheSameTitleTwice_KeepsItOnce() =>
        Register(content: Content(titles: [AwardCatalogue.ProvincialFlag, AwardCatalogue.GovernmentFlag, AwardCatalogue.ProvincialFlag]))
            .Content.TargetTitles.ShouldBe([AwardCatalogue.ProvincialFlag, AwardCatalogue.GovernmentFlag]);

    [Fact]
    public void Revise_AfterTheDeadline_ThrowsDeadlinePassed() =>
        DomainAssert.ShouldViolate(RegistrationErrors.DeadlinePassed, () => Revise(Register(), InVietnam(2020, 8, 1, 0, 1)));

    [Fact]
    public void Revise_RecordsWhenAndByWhomTheNewContentWasSubmitted()
    {
        var registration = Register(InVietnam(2020, 7, 10));

        registration.Revise(_campaign, _hospital, [_authority.Id], Content(), "deputy", InVietnam(2020, 7, 20));

        (registration.SubmittedAt, registration.SubmittedBy).ShouldBe((InVietnam(2020, 7, 20), "deputy"));
        registration.CreatedAt.ShouldBe(InVietnam(2020, 7, 10));
    }

    [Fact]
    public void Revise_WhenTheUnitWasDissolvedSince_ThrowsUnitNotActive()
    {
        var registration = Register();
        _hospital.Dissolve(LeftOn, Doc(), null, Now);

        DomainAssert.ShouldViolate(RegistrationErrors.UnitNotActive, () => Revise(registration, BeforeDeadline));
    }

    [Fact]
    public void Revise_WhenTheUnitWasTransferredOutOfTheScope_ThrowsUnitOutOfScope()
    {
        var registration = Register();
        var elsewhere = Active("SYT-HN");

        // Transferred under another authority: its ancestors no longer include the launching authority.
        DomainAssert.ShouldViolate(RegistrationErrors.UnitOutOfScope,
            () => registration.Revise(_campaign, _hospital, [elsewhere.Id], Content(), "officer", BeforeDeadline));
    }

    [Fact]
    public void Revise_ChecksTheScopeAndUnitBeforeTheDeadline_LikeAFirstSubmission()
    {
        var registration = Register();
        _hospital.Dissolve(LeftOn, Doc(), null, Now);

        // Both rules are broken; the revision reports the unit first, as Register does.
        DomainAssert.ShouldViolate(RegistrationErrors.UnitNotActive, () => Revise(registration, InVietnam(2020, 8, 1, 0, 1)));
    }

    [Fact]
    public void Revise_ForAnotherUnitOrCampaign_IsAProgrammingError()
    {
        var registration = Register();

        Should.Throw<ArgumentException>(() => registration.Revise(_campaign, Active("TTYT-1", _authority), [_authority.Id], Content(), "officer", BeforeDeadline));
        Should.Throw<ArgumentException>(() => registration.Revise(Launched(_authority), _hospital, [_authority.Id], Content(), "officer", BeforeDeadline));
    }

    [Fact]
    public void Approve_FreezesTheRegistration()
    {
        var registration = Register();

        registration.Approve(_campaign, "council", InVietnam(2020, 8, 5));

        registration.Status.ShouldBe(RegistrationStatus.Approved);
        registration.ReviewedBy.ShouldBe("council");
        DomainAssert.ShouldViolate(RegistrationErrors.AlreadyApproved, () => Revise(registration, BeforeDeadline));
        // Approved is what a revision meets first, even once the unit has left the campaign's scope.
        DomainAssert.ShouldViolate(RegistrationErrors.AlreadyApproved, () => registration.Revise(_campaign, _hospital, [], Content(), "officer", BeforeDeadline));
        DomainAssert.ShouldViolate(RegistrationErrors.NotAwaitingReview, () => registration.Approve(_campaign, "council", BeforeDeadline));
        DomainAssert.ShouldViolate(RegistrationErrors.NotAwaitingReview, () => registration.Reject(_campaign, "Lý do", "council", BeforeDeadline));
    }

    [Fact]
    public void Reject_KeepsTheReason_AndACorrectionSubmitsAgain()
    {
        var registration = Register();

        registration.Reject(_campaign, "  Thiếu mô hình thi đua cụ thể ", "council", InVietnam(2020, 7, 25));
        registration.RejectionReason.ShouldBe("Thiếu mô hình thi đua cụ thể");
        registration.Status.ShouldBe(RegistrationStatus.Rejected);

        Revise(registration, InVietnam(2020, 7, 28));
        registration.Status.ShouldBe(RegistrationStatus.Submitted);
        registration.RejectionReason.ShouldBeNull();
    }

    [Fact]
    public void NothingChanges_AfterTheCampaignCloses()
    {
        var registration = Register();
        registration.Approve(_campaign, "council", BeforeDeadline);
        var centre = Active("TTYT-1", _authority);
        var other = CampaignRegistration.Register(_campaign, centre, [_authority.Id], Content(), "officer", BeforeDeadline);
        other.Reject(_campaign, "Không đủ điều kiện", "council", BeforeDeadline);

        _campaign.Close(FinalReview.Create(new DateOnly(2021, 1, 15), Doc("120/BC-SYT"), "Tổng kết"), 0, InVietnam(2021, 1, 15));

        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => other.Revise(_campaign, centre, [_authority.Id], Content(), "officer", BeforeDeadline));
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => Register());
    }

    [Fact]
    public void ApproveAndReject_AfterTheCampaignCloses_ThrowClosed()
    {
        var approved = Register();
        approved.Approve(_campaign, "council", BeforeDeadline);
        var centre = Active("TTYT-1", _authority);
        var rejected = CampaignRegistration.Register(_campaign, centre, [_authority.Id], Content(), "officer", BeforeDeadline);
        rejected.Reject(_campaign, "Không đủ điều kiện", "council", BeforeDeadline);
        _campaign.Close(FinalReview.Create(new DateOnly(2021, 1, 15), Doc("120/BC-SYT"), "Tổng kết"), 0, InVietnam(2021, 1, 15));

        // The closed campaign is checked first: the answer is campaign.closed, not registration.not_awaiting_review.
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => approved.Approve(_campaign, "council", InVietnam(2021, 1, 16)));
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => approved.Reject(_campaign, "Lý do", "council", InVietnam(2021, 1, 16)));
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => rejected.Approve(_campaign, "council", InVietnam(2021, 1, 16)));
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => rejected.Reject(_campaign, "Lý do khác", "council", InVietnam(2021, 1, 16)));
        (approved.Status, rejected.Status).ShouldBe((RegistrationStatus.Approved, RegistrationStatus.Rejected));
    }
}
